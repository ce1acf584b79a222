package vn.dangvu.model.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Decision;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;

/** Cảnh cáo waits 6 months, cách chức 1 year after the 12-month lapse; khiển trách holds nothing back. */
class DisciplineWaitTest {

    @ParameterizedTest(name = "{0} announced {1}: held back at the round {2} = {3}")
    @CsvSource({
            "WARNING,   2025-03-10, 2025-02-03, false", // before the decision
            "WARNING,   2025-03-10, 2025-05-19, true",
            "WARNING,   2025-03-10, 2026-09-02, true",  // lapsed 10/03/2026, waits until 10/09/2026
            "WARNING,   2025-03-10, 2026-11-07, false",
            "DISMISSAL, 2025-03-10, 2026-11-07, true",  // waits until 10/03/2027
            "DISMISSAL, 2025-03-10, 2027-05-19, false",
            "REPRIMAND, 2025-03-10, 2025-05-19, false",
    })
    void waitsAfterTheLapse(DisciplineForm form, LocalDate announced, LocalDate round, boolean held) {
        Discipline d = new Discipline(1L, 1, form, announced, Decision.NONE, null);
        assertEquals(held, DisciplineWait.reasonOn(List.of(d), round).isPresent());
    }
}
