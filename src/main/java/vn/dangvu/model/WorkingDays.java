package vn.dangvu.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ngày làm việc: Monday to Friday, minus the public holidays of the table (DOMAIN.md appendix C). */
public final class WorkingDays {

    private final HolidayCalendar holidays;

    public WorkingDays(HolidayCalendar holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /**
     * The n-th working day after a date: the day after it is day 1 if it is a working day
     * ("within 30 working days of the decision" ends on this day).
     */
    public LocalDate nthAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n phải từ 1: " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Why a deadline counted in working days from {@code from} to {@code due} may be wrong: the
     * holiday table has no line for a year the count runs into, so its holidays were counted as
     * working days. "chưa có lịch nghỉ lễ năm 2036", or empty when every year is covered.
     */
    public Optional<String> missingHolidays(LocalDate from, LocalDate due) {
        List<String> years = new ArrayList<>();
        for (int year = from.plusDays(1).getYear(); year <= due.getYear(); year++) {
            if (!holidays.covers(year)) {
                years.add(String.valueOf(year));
            }
        }
        return years.isEmpty() ? Optional.empty() : Optional.of("chưa có lịch nghỉ lễ năm " + String.join(", ", years));
    }

    public HolidayCalendar holidays() {
        return holidays;
    }
}
