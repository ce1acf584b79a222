-- Issue 18. The due list of a past day leaves out a recognition decided after that day, so the
-- aggregate that finds who may be on probation reads each event's decision date; Biểu 2 describes
-- the newly admitted by occupation and Youth Union membership, which the statistics read with the
-- other facts. Both indexes keep their leading columns (decision 0016) and now carry those too.
DROP INDEX member_name_order;
CREATE INDEX member_name_order ON member(name_sort_key, birth_date, id, sex, ethnicity, religion,
    political_theory, general_education, professional_level, occupation, youth_union_date);

DROP INDEX membership_event_member;
CREATE INDEX membership_event_member ON membership_event(member_id, event_date, id, type, branch_id,
    other_organisation, other_province, other_district, decision_date);
