package vn.dangvu.model.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.CalendarMonths;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Holidays;

/**
 * The dates of admission and probation (DOMAIN.md §5, appendix C): calendar months, working days
 * over the shipped holiday table, the 18–60 window in months.
 */
class AdmissionDeadlinesTest {

    private static LocalDate date(String ddMMyyyy) {
        return DateFormats.parse(ddMMyyyy).orElseThrow();
    }

    @ParameterizedTest(name = "{1} tháng từ {0} → {2}")
    @CsvSource({
        // same day number, or the last day of the month that has no such day
        "29/02/2024, 12, 28/02/2025",
        "31/01/2024, 12, 31/01/2025",
        "31/01/2024,  1, 29/02/2024",
        "31/01/2023,  1, 28/02/2023",
        "31/03/2024,  1, 30/04/2024",
        "15/06/2023, 12, 15/06/2024",
        "29/02/2024, 48, 29/02/2028",  // 2028 has a 29 February
    })
    void calendarMonths(String from, int months, String expected) {
        assertEquals(date(expected), CalendarMonths.after(date(from), months));
    }

    @ParameterizedTest(name = "ceremony {0} → probation ends {1}, official {1}")
    @CsvSource({
        "29/02/2024, 28/02/2025",
        "31/01/2024, 31/01/2025",
        "02/09/2023, 02/09/2024",
        "10/01/2023, 10/01/2024",
    })
    void probationEndsTwelveCalendarMonthsAfterTheCeremonyAndIsTheOfficialDate(String ceremony, String ends) {
        assertEquals(date(ends), AdmissionDeadlines.probationEnds(date(ceremony)));
        assertEquals(date(ends), AdmissionDeadlines.officialDate(date(ceremony)),
                "recognised late or on time, the member is official from the end of the 12 months");
    }

    @ParameterizedTest(name = "{1}th working day after {0} = {2}")
    @CsvSource({
        // the day after is day 1 when it is a working day
        "02/10/2023,  1, 03/10/2023",
        // weekends are skipped: after a Friday comes Monday
        "06/10/2023,  1, 09/10/2023",
        "07/10/2023,  1, 09/10/2023",
        // 30 working days with no holiday: six weeks
        "02/10/2023, 30, 13/11/2023",
        // across Quốc khánh 2024 (Mon 2/9 and Tue 3/9 off)
        "30/08/2024,  1, 04/09/2024",
        "30/08/2024, 30, 15/10/2024",
        "02/09/2024, 30, 15/10/2024",
        // across Tết Giáp Thìn (08/02–14/02/2024 off)
        "07/02/2024,  1, 15/02/2024",
        "01/02/2024, 30, 21/03/2024",
        // across 30/4–1/5/2024 with the swapped Monday 29/4
        "26/04/2024,  1, 02/05/2024",
        // 60 working days: a branch resolution of 02/01/2024 crosses Tết
        "02/01/2024, 60, 02/04/2024",
    })
    void nthWorkingDayAfter(String from, int n, String expected) {
        assertEquals(date(expected), Holidays.WORKING_DAYS.nthAfter(date(from), n));
    }

    @Test
    void theDeadlinesCountTheRightNumberOfWorkingDays() {
        AdmissionDeadlines rules = Holidays.DEADLINES;
        LocalDate probationEnds = date("02/09/2024");
        assertEquals(date("15/10/2024"), rules.recognitionDue(probationEnds), "30 working days after the 12 months");
        assertEquals(date("02/04/2024"), rules.decisionDue(date("02/01/2024")), "60 working days after the branch resolution");
        assertEquals(date("21/03/2024"), rules.ceremonyDue(date("01/02/2024")), "30 working days after the decision");
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(nullValues = "-", value = {
        // both days in 2035, the last year of the shipped table
        "01/06/2035, 12/07/2035, -",
        // counted from 01/12/2035 into January 2036, a year the table has no line for
        "01/12/2035, 11/01/2036, chưa có lịch nghỉ lễ năm 2036",
        // counting starts the day after: a start on 31/12/2035 counts only 2036's days
        "31/12/2035, 11/02/2036, chưa có lịch nghỉ lễ năm 2036",
        // two missing years
        "20/12/2035, 02/03/2037, 'chưa có lịch nghỉ lễ năm 2036, 2037'",
        // an old record from before the table (it starts in 2020)
        "15/12/2019, 30/01/2020, chưa có lịch nghỉ lễ năm 2019",
        // a start on 31/12/2019 counts only 2020's days, which are covered
        "31/12/2019, 11/02/2020, -",
    })
    void aDeadlineRunningIntoAYearWithoutHolidaysSaysSo(String from, String due, String caveat) {
        assertEquals(Optional.ofNullable(caveat), Holidays.WORKING_DAYS.missingHolidays(date(from), date(due)));
    }

    @ParameterizedTest(name = "born {0}, on {1}: within 18–60 = {2}")
    @CsvSource({
        "15/03/2006, 14/03/2024, false",  // 17 years 11 months
        "15/03/2006, 15/03/2024, true",   // fully 18
        "29/02/2004, 27/02/2022, false",
        "29/02/2004, 28/02/2022, true",   // no 29/02 in 2022: fully 18 at the end of February
        "15/03/1964, 15/03/2024, true",   // fully 60
        "15/03/1964, 14/04/2024, true",   // 60 years 0 months and some days: still fully 60
        "15/03/1964, 15/04/2024, false",  // 60 years 1 month: over 60
        "31/01/1964, 31/01/2024, true",
        "31/01/1964, 29/02/2024, false",  // one calendar month later by the month-end rule
    })
    void ageWindowCountedInMonths(String born, String on, boolean within) {
        assertEquals(within, AdmissionAge.withinWindow(date(born), date(on)));
        assertEquals(within, AdmissionAge.windowProblem(date(born), date(on)).isEmpty());
    }

    @Test
    void ageProblemSaysHowOldInYearsAndMonths() {
        assertEquals(Optional.of("Ngày 14/03/2024 mới 17 tuổi 11 tháng: chưa đủ 18 tuổi (tính theo tháng)."),
                AdmissionAge.windowProblem(date("15/03/2006"), date("14/03/2024")));
        assertTrue(AdmissionAge.windowProblem(date("15/03/1964"), date("15/04/2024")).orElseThrow()
                .contains("60 tuổi 1 tháng: quá 60 tuổi"));
    }

    @ParameterizedTest(name = "certificate of {0} valid {1} years → until {2}")
    @CsvSource({
        "10/05/2020, 5, 09/05/2025",
        "29/02/2020, 5, 27/02/2025",
        "10/05/2020, 3, 09/05/2023",
    })
    void certificateValidity(String issued, int years, String until) {
        assertEquals(date(until), new AdmissionDeadlines(Holidays.WORKING_DAYS, years).certificateValidUntil(date(issued)));
    }

    @Test
    void holidaysOnlyCountOnWeekdays() {
        assertFalse(Holidays.WORKING_DAYS.isWorkingDay(date("14/02/2024")), "Tết");
        assertFalse(Holidays.WORKING_DAYS.isWorkingDay(date("03/09/2024")), "Quốc khánh");
        assertFalse(Holidays.WORKING_DAYS.isWorkingDay(date("04/05/2024")), "a make-up Saturday is still not a working day");
        assertTrue(Holidays.WORKING_DAYS.isWorkingDay(date("15/02/2024")));
    }
}
