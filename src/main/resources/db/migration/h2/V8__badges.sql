-- Huy hiệu Đảng (DOMAIN.md §11). Candidates are derived from the event history; only what the
-- clerk decides is stored: badges given, candidates left out of a round, early proposals.
CREATE TABLE badge_award (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    milestone           INT NOT NULL,            -- years of party age
    round_date          DATE NOT NULL,           -- 3/2, 19/5, 2/9 or 7/11
    kind                VARCHAR(20) NOT NULL,    -- BadgeKind
    decision_number     VARCHAR(50) NOT NULL,
    decision_date       DATE,
    issuing_body        VARCHAR(200),
    badge_number        VARCHAR(30),             -- số huy hiệu
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT badge_award_once UNIQUE (member_id, milestone)
);

CREATE TABLE badge_exclusion (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    round_date          DATE NOT NULL,
    milestone           INT NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT badge_exclusion_once UNIQUE (member_id, round_date, milestone)
);

CREATE TABLE badge_early (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    round_date          DATE NOT NULL,
    milestone           INT NOT NULL,
    kind                VARCHAR(20) NOT NULL,    -- EARLY_ILLNESS or POSTHUMOUS
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT badge_early_once UNIQUE (member_id, round_date, milestone)
);

CREATE INDEX badge_exclusion_round ON badge_exclusion(round_date);
CREATE INDEX badge_early_round ON badge_early(round_date);

-- A valid reason (lý do chính đáng) for a month without activity or fees: that month no longer
-- counts towards the 3 months in a year that are a ground for xóa tên (QĐ24 8.1).
CREATE TABLE valid_reason (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    reason_month        DATE NOT NULL,           -- the first day of the month
    reason              VARCHAR(1000) NOT NULL,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT valid_reason_once UNIQUE (member_id, reason_month)
);
