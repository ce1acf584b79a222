-- Each former unit brings its own Sổ giới thiệu sinh hoạt đảng (Mẫu 10-SHĐ), numbered from 1 each
-- year like this committee's: a letter's number is unique within its register book, 0 being this
-- committee's own book and any other value the id of the former unit it came from.
ALTER TABLE transfer_letter ADD COLUMN register_book BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE transfer_letter DROP CONSTRAINT transfer_letter_number_unique;
ALTER TABLE transfer_letter ADD CONSTRAINT transfer_letter_number_unique
    UNIQUE (register_book, register_year, register_number);
