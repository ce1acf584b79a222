-- The committee this database belongs to (one row) and its document settings.
CREATE TABLE committee (
    id              INT DEFAULT 1 PRIMARY KEY CHECK (id = 1),
    name            VARCHAR(200) NOT NULL,   -- "Đảng bộ xã Hải Yến"
    place_name      VARCHAR(100) NOT NULL,   -- date line of documents: "Hải Yến, ngày …"
    superior_name   VARCHAR(200),            -- "Đảng bộ huyện …" for the document header
    created_at      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Chi bộ. A branch is never deleted: it is dissolved or merged with a date and stays in history.
CREATE TABLE branch (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    founded_on      DATE,
    dissolved_on    DATE,
    merged_into_id  BIGINT REFERENCES branch(id),
    note            VARCHAR(1000),
    CONSTRAINT branch_merge_has_date CHECK (merged_into_id IS NULL OR dissolved_on IS NOT NULL)
);

-- Earlier names of a branch: the name was NAME up to and including VALID_UNTIL.
CREATE TABLE branch_former_name (
    branch_id       BIGINT NOT NULL REFERENCES branch(id),
    name            VARCHAR(200) NOT NULL,
    valid_until     DATE NOT NULL,
    PRIMARY KEY (branch_id, valid_until)
);

-- The person. Membership state is never stored here: it is derived from membership_event.
CREATE TABLE member (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    family_name         VARCHAR(50)  NOT NULL,  -- họ
    middle_name         VARCHAR(100) NOT NULL DEFAULT '', -- tên đệm
    given_name          VARCHAR(50)  NOT NULL,  -- tên
    birth_name          VARCHAR(200),           -- họ và tên khai sinh, if different
    sex                 VARCHAR(1)   NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date          DATE NOT NULL,
    birth_place         VARCHAR(300),
    home_town           VARCHAR(300),           -- quê quán
    permanent_address   VARCHAR(300),
    temporary_address   VARCHAR(300),
    ethnicity           VARCHAR(50)  NOT NULL DEFAULT 'Kinh',
    religion            VARCHAR(50),            -- NULL: không
    occupation          VARCHAR(200),
    card_number         VARCHAR(20),            -- số thẻ đảng viên (text: leading zeros)
    profile_number      VARCHAR(20),            -- số lý lịch
    citizen_id          VARCHAR(12),            -- số CCCD
    general_education   VARCHAR(10),            -- "12/12"
    professional_level  VARCHAR(30),
    academic_title      VARCHAR(50),
    political_theory    VARCHAR(20),            -- NONE, ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR
    foreign_language    VARCHAR(100),
    it_level            VARCHAR(100),
    youth_union_date    DATE,
    introducers         VARCHAR(300),           -- người giới thiệu
    army_enlisted_on    DATE,
    army_discharged_on  DATE,
    health              VARCHAR(100),
    war_invalid_grade   VARCHAR(50),
    family_merit        VARCHAR(200),           -- gia đình liệt sĩ, có công
    awards              VARCHAR(1000),
    note                VARCHAR(2000),
    version             INT NOT NULL DEFAULT 0,
    created_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT member_card_unique UNIQUE (card_number),
    CONSTRAINT member_citizen_id_unique UNIQUE (citizen_id)
);

-- Append-only: a member's life in the party as dated events (DOMAIN.md §4).
CREATE TABLE membership_event (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    type                VARCHAR(30) NOT NULL,
    event_date          DATE NOT NULL,
    branch_id           BIGINT REFERENCES branch(id),  -- the branch joined, where the event names one
    decision_number     VARCHAR(50),
    decision_date       DATE,
    issuing_body        VARCHAR(200),
    other_organisation  VARCHAR(300),                  -- the other side of a transfer, outside the committee
    other_province      VARCHAR(100),
    other_district      VARCHAR(100),
    note                VARCHAR(1000),
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX membership_event_member ON membership_event(member_id, event_date, id);
CREATE INDEX membership_event_date ON membership_event(event_date);
