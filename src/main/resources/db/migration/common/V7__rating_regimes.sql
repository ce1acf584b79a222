-- Ratings entered on the rating screen (DOMAIN.md §9, issue 5).
-- The branch that rated the member (temporarily away members are rated at home): reports per
-- branch count by it without replaying every history. Null for ratings imported before it was
-- known; the reports then take the member's branch at the end of the year from the events.
ALTER TABLE member_rating ADD COLUMN branch_id BIGINT REFERENCES branch(id);
-- The member's self-assessment and the branch's proposal, optional columns of the rating sheet.
ALTER TABLE member_rating ADD COLUMN self_grade VARCHAR(30);
ALTER TABLE member_rating ADD COLUMN proposed_grade VARCHAR(30);

CREATE INDEX member_rating_year_branch ON member_rating(rating_year, branch_id, grade);

-- The committee's own yearly rating (xếp loại Đảng bộ), given by the higher committee.
CREATE TABLE committee_rating (
    rating_year     INT NOT NULL PRIMARY KEY,
    grade           VARCHAR(30) NOT NULL,
    note            VARCHAR(1000),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
