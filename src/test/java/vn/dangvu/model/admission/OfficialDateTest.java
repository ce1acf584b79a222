package vn.dangvu.model.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.DateFormats;

/** Ngày chính thức typed or imported, against the exact end of the 12 months (DOMAIN.md §5). */
class OfficialDateTest {

    @ParameterizedTest(name = "vào Đảng {0}, ghi chính thức {1}: đúng ngày {2}, cảnh báo {3}")
    @CsvSource({
        // admitted, given, 12-month date worked by hand, warned
        // 15/03/2023 + 12 months = 15/03/2024: the same day a year later
        "15/03/2023, 15/03/2024, 15/03/2024, false",
        // the branch met on 02/04/2024 and the decision came 20/05/2024: still official from 15/03/2024
        "15/03/2023, 20/05/2024, 15/03/2024, true",
        // one day early is wrong too
        "15/03/2023, 14/03/2024, 15/03/2024, true",
        // 29/02/2024 + 12 months: 2025 has no 29/02, so the last day of February, 28/02/2025
        "29/02/2024, 28/02/2025, 28/02/2025, false",
        "29/02/2024, 01/03/2025, 28/02/2025, true",
        // 31/01/2024 + 12 months = 31/01/2025 (January has 31 days in every year)
        "31/01/2024, 31/01/2025, 31/01/2025, false",
        // the decision date typed as the official date: 10/01/2023 + 12 = 10/01/2024, decided 26/02/2024
        "10/01/2023, 26/02/2024, 10/01/2024, true",
    })
    void theTwelveMonthDateIsProposedAndADifferentDateWarnedWithBoth(String admitted, String given, String proposed,
                                                                  boolean warned) {
        assertEquals(DateFormats.parse(proposed).orElseThrow(), OfficialDate.proposed(date(admitted)));
        Optional<String> warning = OfficialDate.warning(date(admitted), date(given));
        assertEquals(warned ? Optional.of("Ngày chính thức " + given + " khác ngày đủ 12 tháng dự bị " + proposed
                + " (vào Đảng " + admitted + "): đảng viên được công nhận chính thức từ ngày đủ 12 tháng, kể cả khi"
                + " quyết định ra muộn.") : Optional.empty(), warning);
    }

    private static java.time.LocalDate date(String ddMMyyyy) {
        return DateFormats.parse(ddMMyyyy).orElseThrow();
    }
}
