-- Sổ giới thiệu sinh hoạt đảng (Mẫu 10-SHĐ), DOMAIN.md §7: one line per letter sent or received,
-- numbered from 1 each year. The letter belongs to the transfer event it went with; the event
-- stays append-only, only the receipt confirmation of an outgoing letter is filled in later.
CREATE TABLE transfer_letter (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id              BIGINT NOT NULL UNIQUE REFERENCES membership_event(id),
    register_year         INT NOT NULL,
    register_number       INT NOT NULL CHECK (register_number > 0),
    letter_number         VARCHAR(50),
    letter_date           DATE NOT NULL,               -- ngày gửi (đi) or ngày nhận (đến)
    fees_paid_through     DATE,                        -- "đã đóng đảng phí hết tháng …": first day of that month
    receipt_confirmed_on  DATE,                        -- outgoing: the destination confirmed receipt
    recorded_by           VARCHAR(100) NOT NULL,
    recorded_at           TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT transfer_letter_number_unique UNIQUE (register_year, register_number)
);

-- A member who should start a transfer (new workplace, retirement, ...): listed as due until a
-- transfer out is recorded, the member leaves, or the clerk closes it with a reason.
CREATE TABLE expected_transfer (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT NOT NULL REFERENCES member(id),
    occurred_on         DATE NOT NULL,
    reason              VARCHAR(300) NOT NULL,
    closed_on           DATE,
    closed_reason       VARCHAR(300),
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX expected_transfer_member ON expected_transfer(member_id);

-- What a member's party fee is computed from (DOMAIN.md §12). No row: "đảng viên khác".
CREATE TABLE member_fee_basis (
    member_id           BIGINT PRIMARY KEY REFERENCES member(id),
    category            VARCHAR(20) NOT NULL,          -- FeeCategory
    base_amount         BIGINT CHECK (base_amount >= 0), -- salary or pension in đồng, for percentage rates
    exemption           VARCHAR(30),                   -- FeeExemption, null: none
    reduction_percent   INT CHECK (reduction_percent BETWEEN 1 AND 99),
    reduction_from      DATE,                          -- first day of the first reduced month
    reduction_until     DATE,                          -- first day of the last reduced month
    updated_by          VARCHAR(100) NOT NULL,
    updated_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Đảng phí paid: one row per member and month paid for.
CREATE TABLE fee_payment (
    member_id           BIGINT NOT NULL REFERENCES member(id),
    fee_month           DATE NOT NULL,                 -- first day of the month paid for
    amount              BIGINT NOT NULL CHECK (amount >= 0),
    paid_on             DATE NOT NULL,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (member_id, fee_month)
);

CREATE INDEX fee_payment_month ON fee_payment(fee_month);

-- Đảng viên đang công tác nơi khác đăng ký sinh hoạt nơi cư trú (Quy định 213-QĐ/TW), DOMAIN.md §13.
-- They belong to another organisation, so they are kept as free text, not as members of the register.
CREATE TABLE residence_registration (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name           VARCHAR(200) NOT NULL,
    birth_year          INT,
    home_address        VARCHAR(300),
    workplace           VARCHAR(300),
    home_organisation   VARCHAR(300),                  -- the party organisation they belong to
    branch_id           BIGINT NOT NULL REFERENCES branch(id), -- the residence branch
    registered_on       DATE NOT NULL,
    ended_on            DATE,
    note                VARCHAR(1000),
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The residence branch's yearly comment sent to the member's own organisation.
CREATE TABLE residence_comment (
    registration_id     BIGINT NOT NULL REFERENCES residence_registration(id),
    comment_year        INT NOT NULL,
    comment             VARCHAR(2000) NOT NULL,
    PRIMARY KEY (registration_id, comment_year)
);
