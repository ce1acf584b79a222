-- The whole-table reads of people walk them in the order of their ids and meet each person's
-- events in the same order (decision 0028). Two narrow indexes led by the id carry every column
-- they read, so the database reads them instead of the wide rows (addresses, notes, awards: about
-- 40 columns): one for the statistics, one for the register. The name order goes back to its three
-- columns: since V17 it carried the statistics' facts behind its 96-byte name key.
DROP INDEX member_name_order;
CREATE INDEX member_name_order ON member(name_sort_key, birth_date, id);
CREATE INDEX member_statistics_facts ON member(id, sex, birth_date, ethnicity, religion, political_theory,
    general_education, professional_level, occupation, youth_union_date);
CREATE INDEX member_register_columns ON member(id, family_name, middle_name, given_name, sex, birth_date,
    ethnicity, card_number, citizen_id);
