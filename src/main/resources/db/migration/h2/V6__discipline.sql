-- Disciplinary decisions (kỷ luật đảng viên), DOMAIN.md §8. Khai trừ also ends membership,
-- which is recorded as its own EXPELLED event; this table keeps the decision and its form.
CREATE TABLE discipline (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    form                VARCHAR(20) NOT NULL,   -- DisciplineForm
    announced_on        DATE NOT NULL,          -- ngày công bố: the 12-month lapse counts from it
    decision_number     VARCHAR(50),
    decision_date       DATE,
    issuing_body        VARCHAR(200),
    reason              VARCHAR(1000),
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX discipline_member ON discipline(member_id);
CREATE INDEX discipline_announced ON discipline(announced_on);
