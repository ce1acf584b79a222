-- Issue 18: the months a member was on sick leave in the year, on their rating line. Three months
-- or more cap the grade at "Hoàn thành nhiệm vụ" (DOMAIN.md §9); the rating screen warns, the
-- grade is never changed by it.
ALTER TABLE member_rating ADD COLUMN sick_leave_months INT CHECK (sick_leave_months BETWEEN 0 AND 12);
