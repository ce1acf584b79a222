-- Yearly quality rating of a member (đánh giá, xếp loại chất lượng đảng viên), DOMAIN.md §9.
-- The grade is a code of the rating regime of that year; its label and rules live in the model.
CREATE TABLE member_rating (
    member_id       BIGINT NOT NULL REFERENCES member(id),
    rating_year     INT NOT NULL,
    grade           VARCHAR(30) NOT NULL,
    score           INT CHECK (score BETWEEN 0 AND 100),  -- 100-point score, from 2025
    note            VARCHAR(1000),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (member_id, rating_year)
);

-- Yearly rating of a branch (xếp loại chi bộ).
CREATE TABLE branch_rating (
    branch_id       BIGINT NOT NULL REFERENCES branch(id),
    rating_year     INT NOT NULL,
    grade           VARCHAR(30) NOT NULL,
    note            VARCHAR(1000),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (branch_id, rating_year)
);

CREATE INDEX member_rating_year ON member_rating(rating_year);
