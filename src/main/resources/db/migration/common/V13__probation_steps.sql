-- The dossier of a probation (hồ sơ xét công nhận đảng viên chính thức, HD 12-HD/BTCTW 3.5):
-- dated documents of the member's probation that began with the ceremony on admitted_on.
-- A re-admitted member has a second probation, hence the ceremony date in the key.
CREATE TABLE probation_step (
    member_id       BIGINT NOT NULL REFERENCES member(id),
    admitted_on     DATE NOT NULL,
    step            VARCHAR(40) NOT NULL,     -- ProbationStep
    step_date       DATE NOT NULL,
    number          VARCHAR(50),              -- số giấy chứng nhận, số nghị quyết
    note            VARCHAR(1000),
    PRIMARY KEY (member_id, admitted_on, step)
);
