package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reading of typed dates: dd/MM/yyyy, not after the injected today, errors named by field. */
class FormDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    private final FormDates dates = new FormDates(() -> TODAY);
    private final Map<String, String> errors = new LinkedHashMap<>();

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            05/03/1980    | 1980-03-05
            5/3/1980      | 1980-03-05
            ' 29/02/2024 '| 2024-02-29
            15/03/2024    | 2024-03-15
            """)
    void readsDayMonthYearUpToTodayIncluded(String typed, LocalDate expected) {
        assertEquals(Optional.of(expected), dates.past(errors, "birthDate", "Ngày sinh", typed, true));
        assertEquals(Map.of(), errors);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            1980-03-05    | Ngày sinh "1980-03-05" không đúng dạng dd/MM/yyyy.
            31/02/1997    | Ngày sinh "31/02/1997" không đúng dạng dd/MM/yyyy.
            29/02/2023    | Ngày sinh "29/02/2023" không đúng dạng dd/MM/yyyy.
            ' 5/9/2023x'  | Ngày sinh "5/9/2023x" không đúng dạng dd/MM/yyyy.
            16/03/2024    | Ngày sinh 16/03/2024 ở tương lai.
            """)
    void saysWhatIsWrongUnderTheFieldNamingItByItsLabel(String typed, String message) {
        assertEquals(Optional.empty(), dates.past(errors, "birthDate", "Ngày sinh", typed, false));
        assertEquals(Map.of("birthDate", message), errors);
    }

    @Test
    void aBlankDateIsAnErrorOnlyWhenRequired() {
        assertEquals(Optional.empty(), dates.past(errors, "youthUnionDate", "Ngày vào Đoàn", "  ", false));
        assertEquals(Map.of(), errors);

        assertEquals(Optional.empty(), dates.past(errors, "ceremonyDate", "Ngày lễ kết nạp", "", true));
        assertEquals(Map.of("ceremonyDate", "Ngày lễ kết nạp: chưa nhập (dd/MM/yyyy)."), errors);
    }

    @Test
    void todayComesFromTheInjectedClock() {
        FormDates later = new FormDates(() -> TODAY.plusDays(1));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 16)), later.past(errors, "birthDate", "Ngày sinh", "16/03/2024", true));
        assertEquals(Map.of(), errors);
    }

    @Test
    void anEndOfValidityMayLieAhead() {
        assertEquals(Optional.of(LocalDate.of(2029, 4, 20)),
                dates.anyDay(errors, "CLASS_CERTIFICATE-validUntil", "Giấy chứng nhận có giá trị đến", "20/4/2029"));
        assertEquals(Optional.empty(),
                dates.anyDay(errors, "CLASS_CERTIFICATE-validUntil", "Giấy chứng nhận có giá trị đến", "20/4"));
        assertEquals(Map.of("CLASS_CERTIFICATE-validUntil", "Giấy chứng nhận có giá trị đến \"20/4\" không đúng dạng dd/MM/yyyy."),
                errors);
    }
}
