package vn.dangvu.model.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Decision;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;

/**
 * Quy định 29-QĐ/TW: cảnh cáo waits 6 months, cách chức 1 year, counted from the disciplinary
 * decision (or, when the badge rules say so, from the lapse 12 months after the announcement);
 * khiển trách holds nothing back.
 */
class DisciplineWaitTest {

    @ParameterizedTest(name = "{0} decided {1}, announced {2}, wait from {3}: round {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            // cảnh cáo decided 05/03/2025, announced 10/03/2025; from the decision: 05/03 + 6 months = 05/09/2025
            "WARNING,   2025-03-05, 2025-03-10, DECISION, 2025-02-03, -",          // before the announcement
            "WARNING,   2025-03-05, 2025-03-10, DECISION, 2025-05-19, 05/09/2025",
            "WARNING,   2025-03-05, 2025-03-10, DECISION, 2025-09-02, 05/09/2025", // 02/09 is before 05/09
            "WARNING,   2025-03-05, 2025-03-10, DECISION, 2025-11-07, -",
            // the same from the lapse: 10/03/2025 + 12 months = 10/03/2026, + 6 months = 10/09/2026
            "WARNING,   2025-03-05, 2025-03-10, LAPSE,    2025-11-07, 10/09/2026",
            "WARNING,   2025-03-05, 2025-03-10, LAPSE,    2026-09-02, 10/09/2026",
            "WARNING,   2025-03-05, 2025-03-10, LAPSE,    2026-11-07, -",
            // cách chức with no decision date: counted from the announcement, 10/03/2025 + 12 months = 10/03/2026
            "DISMISSAL, -,          2025-03-10, DECISION, 2026-02-03, 10/03/2026",
            "DISMISSAL, -,          2025-03-10, DECISION, 2026-05-19, -",
            // from the lapse: 10/03/2026 + 12 months = 10/03/2027
            "DISMISSAL, -,          2025-03-10, LAPSE,    2026-11-07, 10/03/2027",
            "DISMISSAL, -,          2025-03-10, LAPSE,    2027-05-19, -",
            // khiển trách holds nothing back
            "REPRIMAND, 2025-03-05, 2025-03-10, DECISION, 2025-05-19, -",
            "REPRIMAND, 2025-03-05, 2025-03-10, LAPSE,    2025-05-19, -",
    })
    void waitsSixMonthsOrAYearFromTheChosenStart(DisciplineForm form, LocalDate decided, LocalDate announced,
                                                DisciplineWait.Start start, LocalDate round, String until) {
        Discipline d = new Discipline(1L, 1, form, announced, new Decision("12-QĐ/ĐU", decided, null), null);
        Optional<String> reason = DisciplineWait.reasonOn(List.of(d), round, start);
        assertEquals(until == null ? Optional.empty()
                : Optional.of("Kỷ luật " + form.label().toLowerCase() + " ngày 10/03/2025, chờ đến " + until), reason);
    }
}
