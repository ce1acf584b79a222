package vn.dangvu.model.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kỷ luật: which forms a probationary member may get, and the 12-month lapse (DOMAIN.md §8). */
class DisciplineTest {

    @ParameterizedTest(name = "{0} announced {1}: in force on {2} = {3}")
    @CsvSource({
            "REPRIMAND, 2025-03-10, 2025-03-09, false",
            "REPRIMAND, 2025-03-10, 2025-03-10, true",
            "REPRIMAND, 2025-03-10, 2026-03-09, true",
            "REPRIMAND, 2025-03-10, 2026-03-10, false",
            "WARNING,   2024-02-29, 2025-02-27, true",
            "WARNING,   2024-02-29, 2025-02-28, false",
            "DISMISSAL, 2025-01-31, 2026-01-31, false",
            "EXPULSION, 2000-05-01, 2030-05-01, true",
    })
    void lapsesTwelveCalendarMonthsAfterAnnouncementExceptExpulsion(DisciplineForm form, LocalDate announced,
                                                                    LocalDate day, boolean inForce) {
        assertEquals(inForce, discipline(form, announced).inForceOn(day));
    }

    @Test
    void expulsionNeverLapses() {
        assertNull(discipline(DisciplineForm.EXPULSION, LocalDate.of(2020, 1, 1)).lapsesOn());
    }

    @ParameterizedTest
    @CsvSource({"REPRIMAND, true", "WARNING, true", "DISMISSAL, false", "EXPULSION, false"})
    void probationaryMembersMayOnlyBeReprimandedOrWarned(DisciplineForm form, boolean allowed) {
        assertEquals(allowed, form.allowedForProbationary());
    }

    @Test
    void refusesADecisionWithoutAnnouncementDay() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> discipline(DisciplineForm.WARNING, null));
        assertEquals("Kỷ luật \"Cảnh cáo\" thiếu ngày công bố.", refused.getMessage());
    }

    private static Discipline discipline(DisciplineForm form, LocalDate announced) {
        return new Discipline(null, 1, form, announced, null, null);
    }
}
