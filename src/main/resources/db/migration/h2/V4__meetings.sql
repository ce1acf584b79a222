-- Branch meetings (sinh hoạt chi bộ), DOMAIN.md §10: regular every month, thematic at least once a
-- quarter, or both in one sitting. Unlike membership events, a meeting is corrected in place
-- (the clerk retypes the minutes), guarded by a version number.
CREATE TABLE meeting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id           BIGINT NOT NULL REFERENCES branch(id),
    kind                VARCHAR(20) NOT NULL,       -- REGULAR, THEMATIC, COMBINED
    meeting_date        DATE NOT NULL,
    starts_at           TIME,
    ends_at             TIME,
    place               VARCHAR(300),
    chair               VARCHAR(200),               -- chủ trì
    secretary           VARCHAR(200),               -- thư ký
    guests              VARCHAR(1000),              -- khách mời, e.g. the committee member in charge
    agenda              VARCHAR(10000),
    topic               VARCHAR(1000),              -- the thematic topic (chuyên đề)
    previous_review     VARCHAR(20000),             -- review of last month's resolution
    content             VARCHAR(20000),             -- situation, directives from above, next month's tasks
    conclusion          VARCHAR(20000),             -- the chair's conclusion
    resolution          VARCHAR(20000),
    votes_agree         INT,
    votes_disagree      INT,
    votes_abstain       INT,
    version             INT NOT NULL DEFAULT 0,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX meeting_branch_date ON meeting(branch_id, meeting_date);
CREATE INDEX meeting_date ON meeting(meeting_date);

-- Discussion by named speaker, in the order spoken.
CREATE TABLE meeting_speech (
    meeting_id          BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position            INT NOT NULL,
    speaker             VARCHAR(200) NOT NULL,
    speech              VARCHAR(20000),
    PRIMARY KEY (meeting_id, position)
);

-- Attendance of the people required to attend on that day (own members neither exempt nor away,
-- and members hosted temporarily). The counts of the minutes are derived from the register.
CREATE TABLE meeting_attendance (
    meeting_id          BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    mark                VARCHAR(20) NOT NULL,       -- PRESENT, ABSENT_EXCUSED, ABSENT_UNEXCUSED
    reason              VARCHAR(500),               -- why, for an excused absence
    PRIMARY KEY (meeting_id, member_id)
);

CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id, mark);
