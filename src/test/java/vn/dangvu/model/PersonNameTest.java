package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Họ, tên đệm, tên: entry defaults and the tidying every stored name gets. */
class PersonNameTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → họ \"{1}\", đệm \"{2}\", tên \"{3}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            Nguyễn Văn An            | Nguyễn | Văn         | An
            Trần Thị Minh Khai       | Trần   | Thị Minh    | Khai
            Lê Lợi                   | Lê     | ''          | Lợi
            '  Phạm   Văn    Đồng  ' | Phạm   | Văn         | Đồng
            Hoàng Thị Thủy Tiên      | Hoàng  | Thị Thủy    | Tiên
            """)
    void fullNameSplitsWithTheLastWordAsTheGivenName(String full, String family, String middle, String given) {
        PersonName name = PersonName.parse(full);

        assertEquals(family, name.family());
        assertEquals(middle, name.middle());
        assertEquals(given, name.given());
    }

    @Test
    void decomposedInputIsStoredComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);

        PersonName name = PersonName.parse(decomposed);

        assertEquals("Nguyễn Thị Ánh", name.full());
        assertTrue(Normalizer.isNormalized(name.full(), Normalizer.Form.NFC));
        assertEquals(new PersonName("Nguyễn", "Thị", "Ánh"), name, "same record as typed composed");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '  Nguyễn  Văn   An '        | Nguyễn Văn An
            'Thị  Thu'                   | Thị Thu
            Văn                          | Văn
            """)
    void cleanTrimsAndCollapsesInnerSpaces(String text, String cleaned) {
        assertEquals(cleaned, PersonName.clean(text));
    }

    @Test
    void cleanTurnsTabsAndLineBreaksIntoSingleSpaces() {
        assertEquals("Nguyễn Văn An", PersonName.clean("Nguyễn\tVăn\r\n An\n"));
    }

    @Test
    void nonBreakingSpaceFromCopiedTextSeparatesWordsLikeASpace() {
        PersonName name = PersonName.parse("Nguyễn\u00A0Văn An\u00A0");

        assertEquals("Nguyễn", name.family());
        assertEquals("Văn", name.middle());
        assertEquals("An", name.given());
    }

    @Test
    void cleanComposesDecomposedText() {
        String decomposed = Normalizer.normalize("Đặng  Thị Hằng", Normalizer.Form.NFD);

        assertEquals("Đặng Thị Hằng", PersonName.clean(decomposed));
    }

    @Test
    void cleanOfNothingIsEmpty() {
        assertEquals("", PersonName.clean(null));
        assertEquals("", PersonName.clean("   "));
    }

    @Test
    void namesPartsAreTidiedWhenBuiltDirectly() {
        PersonName name = new PersonName(" Nguyễn ", "  Thị   Thu ", "Hà ");

        assertEquals("Nguyễn Thị Thu Hà", name.full());
    }

    @Test
    void nameWithoutMiddleNameHasNoDoubleSpace() {
        assertEquals("Lê Lợi", new PersonName("Lê", null, "Lợi").full());
    }

    @Test
    void singleWordIsRefusedWithAVietnameseMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PersonName.parse("  An "));

        assertTrue(refused.getMessage().contains("phải có ít nhất họ và tên"), refused.getMessage());
        assertTrue(refused.getMessage().contains("\"An\""), refused.getMessage());
    }

    @Test
    void missingFamilyOrGivenNameIsRefused() {
        assertEquals("Thiếu họ.",
                assertThrows(IllegalArgumentException.class, () -> new PersonName(" ", "Văn", "An")).getMessage());
        assertEquals("Thiếu tên.",
                assertThrows(IllegalArgumentException.class, () -> new PersonName("Nguyễn", "Văn", null)).getMessage());
    }
}
