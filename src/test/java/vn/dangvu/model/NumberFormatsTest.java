package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vietnamese numbers: a dot groups thousands, a comma starts the decimals. */
class NumberFormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 0", "999, 999", "8341, 8.341", "1234567, 1.234.567", "-8341, -8.341"})
    void countsGroupThousandsWithADot(long value, String expected) {
        assertEquals(expected, NumberFormats.count(value));
    }

    @ParameterizedTest(name = "{0} with {1}–{2} decimals → {3}")
    @CsvSource({
        "94.826, 2, 2, '94,83'",
        "130,    2, 2, '130,00'",
        "45.3,   1, 2, '45,3'",
        "45.25,  1, 2, '45,25'",
        "1234.5, 1, 1, '1.234,5'",
        "0.25,   1, 1, '0,2'",   // half-even, as the screens and workbooks always rounded
        "0.35,   1, 1, '0,4'",
    })
    void decimalsUseACommaAndRoundHalfEven(BigDecimal value, int min, int max, String expected) {
        assertEquals(expected, NumberFormats.decimal(value, min, max));
    }

    @Test
    void aWholeNumberOfARuleTableIsReadOrRefusedInVietnamese() {
        assertEquals(6000, NumberFormats.parseWhole(" 6000 "));
        assertEquals("\"năm nghìn\" không phải là số nguyên.",
                assertThrows(IllegalArgumentException.class, () -> NumberFormats.parseWhole("năm nghìn")).getMessage());
    }

    @Test
    void moneyIsACountInDong() {
        assertEquals("6.000 đ", NumberFormats.money(6000));
        assertEquals("11,78", NumberFormats.decimal2(new BigDecimal("11.78")));
    }
}
