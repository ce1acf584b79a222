package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Số thẻ, số lý lịch, số CCCD are text: leading zeros survive, CCCD is exactly 12 digits. */
class MemberIdsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is stored as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            001090012345        | 001090012345
            '  001090012345 '   | 001090012345
            '001 090 012 345'   | 001090012345
            000000000001        | 000000000001
            """)
    void citizenIdKeepsLeadingZeros(String typed, String stored) {
        assertEquals(stored, new MemberIds(null, null, typed).citizenId());
    }

    @ParameterizedTest(name = "[{index}] CCCD \"{0}\" is refused")
    @ValueSource(strings = {"00109001234", "0010900123456", "00109001234A", "001-090-012-345", "０01090012345"})
    void citizenIdMustBeTwelveDigits(String typed) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MemberIds(null, null, typed));

        assertTrue(refused.getMessage().contains("Số CCCD phải gồm đúng 12 chữ số"), refused.getMessage());
        assertTrue(refused.getMessage().contains(typed.replace(" ", "")), refused.getMessage());
    }

    @ParameterizedTest(name = "[{index}] card \"{0}\" is stored as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01234567        | 01234567
            00000012        | 00000012
            ' 0123 4567 '   | 01234567
            AB012345CD      | AB012345CD
            """)
    void cardNumberKeepsLeadingZeros(String typed, String stored) {
        assertEquals(stored, new MemberIds(typed, null, null).cardNumber());
    }

    @ParameterizedTest(name = "[{index}] card \"{0}\" is refused")
    @ValueSource(strings = {"12345", "0123-4567", "012345678901234567890"})
    void malformedCardNumberIsRefused(String typed) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MemberIds(typed, null, null));

        assertTrue(refused.getMessage().startsWith("Số thẻ đảng viên"), refused.getMessage());
    }

    @Test
    void blankIdentifiersAreAbsent() {
        MemberIds ids = new MemberIds("  ", "", null);

        assertNull(ids.cardNumber());
        assertNull(ids.profileNumber());
        assertNull(ids.citizenId());
        assertEquals(MemberIds.NONE, ids);
    }

    @Test
    void profileNumberKeepsItsLettersAndZeros() {
        assertEquals("012345HN", new MemberIds(null, "012345HN", null).profileNumber());
    }
}
