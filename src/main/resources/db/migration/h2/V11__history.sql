-- Nhật ký thay đổi: every change, export and print, written in the same transaction as the change.
-- SESSION_ID is one run of the app (undo works on the session's own changes).
CREATE TABLE change_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id      VARCHAR(36)  NOT NULL,
    changed_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    changed_by      VARCHAR(100) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    member_id       BIGINT,                         -- whose page shows it; no FK: the log outlives mistakes
    subject_id      BIGINT,                         -- the event (or other record) the change is about
    summary         VARCHAR(1000),                  -- what a change without fields was (a file written)
    undoes_id       BIGINT REFERENCES change_log(id)
);

CREATE INDEX change_log_member ON change_log(member_id, id);
CREATE INDEX change_log_session ON change_log(session_id, id);

-- Old → new of each field a change touched; raw values (ISO dates, enum names) so undo can put them back.
CREATE TABLE change_field (
    change_id       BIGINT       NOT NULL REFERENCES change_log(id),
    position        INT          NOT NULL,
    field           VARCHAR(50)  NOT NULL,
    old_value       VARCHAR(2000),
    new_value       VARCHAR(2000),
    PRIMARY KEY (change_id, position)
);

-- Thùng rác: membership events deleted as entry mistakes. They leave membership_event, so every
-- derived figure ignores them without a filter, and come back with the same id when restored.
CREATE TABLE deleted_membership_event (
    id                  BIGINT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    type                VARCHAR(30) NOT NULL,
    event_date          DATE NOT NULL,
    branch_id           BIGINT REFERENCES branch(id),
    decision_number     VARCHAR(50),
    decision_date       DATE,
    issuing_body        VARCHAR(200),
    other_organisation  VARCHAR(300),
    other_province      VARCHAR(100),
    other_district      VARCHAR(100),
    note                VARCHAR(1000),
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL,
    deleted_by          VARCHAR(100) NOT NULL,
    deleted_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX deleted_membership_event_member ON deleted_membership_event(member_id);
