-- Quần chúng ưu tú / đối tượng Đảng (DOMAIN.md §5). The person is kept with the member table's
-- own columns so that the admission ceremony carries everything over into the register.
CREATE TABLE candidate (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id           BIGINT NOT NULL REFERENCES branch(id),
    family_name         VARCHAR(50)  NOT NULL,
    middle_name         VARCHAR(100) NOT NULL DEFAULT '',
    given_name          VARCHAR(50)  NOT NULL,
    birth_name          VARCHAR(200),
    sex                 VARCHAR(1)   NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date          DATE NOT NULL,
    birth_place         VARCHAR(300),
    home_town           VARCHAR(300),
    permanent_address   VARCHAR(300),
    temporary_address   VARCHAR(300),
    ethnicity           VARCHAR(50)  NOT NULL DEFAULT 'Kinh',
    religion            VARCHAR(50),
    occupation          VARCHAR(200),
    card_number         VARCHAR(20),
    profile_number      VARCHAR(20),
    citizen_id          VARCHAR(12),
    general_education   VARCHAR(10),
    professional_level  VARCHAR(30),
    academic_title      VARCHAR(50),
    political_theory    VARCHAR(20),
    foreign_language    VARCHAR(100),
    it_level            VARCHAR(100),
    youth_union_date    DATE,
    introducers         VARCHAR(300),
    army_enlisted_on    DATE,
    army_discharged_on  DATE,
    health              VARCHAR(100),
    war_invalid_grade   VARCHAR(50),
    family_merit        VARCHAR(200),
    awards              VARCHAR(1000),
    note                VARCHAR(2000),
    workplace           VARCHAR(300),            -- nơi làm việc
    former_member_id    BIGINT REFERENCES member(id),  -- re-admission: the person's existing record
    member_id           BIGINT REFERENCES member(id),  -- set by the ceremony
    withdrawn_on        DATE,                    -- dossier stopped
    withdrawn_reason    VARCHAR(1000),
    version             INT NOT NULL DEFAULT 0,
    created_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX candidate_branch ON candidate(branch_id);

-- The dated steps of a candidate's dossier (AdmissionStep): class certificate, application,
-- lý lịch and its verification, introductions, comments, resolutions, decision, ceremony.
CREATE TABLE candidate_step (
    candidate_id    BIGINT NOT NULL REFERENCES candidate(id),
    step            VARCHAR(40) NOT NULL,
    step_date       DATE NOT NULL,
    number          VARCHAR(50),             -- số giấy chứng nhận, nghị quyết, quyết định
    issuing_body    VARCHAR(200),            -- cơ quan ban hành, or the introducing organisation
    valid_until     DATE,                    -- class certificate only
    introducer_id   BIGINT REFERENCES member(id),
    note            VARCHAR(1000),
    PRIMARY KEY (candidate_id, step)
);

-- Chỉ tiêu kết nạp đảng viên: the yearly target of the committee (branch_id NULL) or of a branch.
CREATE TABLE admission_target (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_year     INT NOT NULL,
    branch_id       BIGINT REFERENCES branch(id),
    target          INT NOT NULL CHECK (target >= 0)
);

CREATE INDEX admission_target_year ON admission_target(target_year);
