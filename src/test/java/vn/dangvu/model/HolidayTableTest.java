package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The holiday table shipped in resources/rules/holidays.csv: the lunar holidays checked against
 * the Vietnamese lunar calendar computed here, the fixed ones and the yearly count.
 */
class HolidayTableTest {

    static IntStream years() {
        return IntStream.rangeClosed(2020, 2035);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void everyYearHasItsHolidays(int year) {
        HolidayCalendar table = Holidays.SHIPPED;
        LocalDate tet = LunarCalendar.newYear(year);
        for (LocalDate day : List.of(tet.minusDays(1), tet, tet.plusDays(1), tet.plusDays(2), tet.plusDays(3))) {
            assertTrue(table.isHoliday(day), "Tết " + year + ": " + day);
        }
        LocalDate hungKings = LunarCalendar.toSolar(10, 3, year);
        assertTrue(table.isHoliday(hungKings), "Giỗ Tổ Hùng Vương " + year + ": " + hungKings);
        for (LocalDate fixed : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1),
                LocalDate.of(year, 9, 2))) {
            assertTrue(table.isHoliday(fixed), fixed.toString());
        }
        long weekdaysOff = table.all().keySet().stream().filter(d -> d.getYear() == year)
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
        // Labour Code 2019: 11 days a year (10 before 2021), plus bridge days some years.
        assertTrue(weekdaysOff >= (year < 2021 ? 10 : 11) && weekdaysOff <= 13, year + ": " + weekdaysOff + " weekdays off");
    }

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
        "2025, 2025-01-29", "2026, 2026-02-17", "2030, 2030-02-02", "2035, 2035-02-08",
    })
    void lunarNewYearAsPublished(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.newYear(year));
    }

    @Test
    void weekdaysOff2024AreThoseAnnounced() {
        List<LocalDate> expected = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 9),
                LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14), LocalDate.of(2024, 4, 18),
                LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 2),
                LocalDate.of(2024, 9, 3));
        assertEquals(expected, Holidays.SHIPPED.all().keySet().stream().filter(d -> d.getYear() == 2024)
                .filter(d -> new WorkingDays(HolidayCalendar.NONE).isWorkingDay(d)).toList());
    }

    @Test
    void aDayWithoutANameIsADayOffAndNamesLoseExtraSpaces() {
        HolidayCalendar table = HolidayCalendar.of(java.util.Map.of(LocalDate.of(2024, 9, 2), "  Quốc   khánh ",
                LocalDate.of(2024, 9, 3), ""));
        assertEquals("Quốc khánh", table.nameOf(LocalDate.of(2024, 9, 2)).orElseThrow());
        assertEquals("Ngày nghỉ", table.nameOf(LocalDate.of(2024, 9, 3)).orElseThrow());
        assertTrue(table.covers(2024));
    }
}
