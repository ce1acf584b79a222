package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search folding (DOMAIN.md §15): case and diacritics ignored, đ/Đ as d. */
class VietnameseTextTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Văn Đức         | nguyen van duc
            NGUYỄN VĂN ĐỨC         | nguyen van duc
            nguyen van duc         | nguyen van duc
            Đặng Thị Hằng          | dang thi hang
            đông                   | dong
            Dũng                   | dung
            Ưng Ơn Ôn Ân Ăn Ê      | ung on on an an e
            Hoàng Thị Thủy Tiên    | hoang thi thuy tien
            Kpă H'Lơk              | kpa h'lok
            001090012345           | 001090012345
            """)
    void foldDropsCaseTonesVowelMarksAndTheBarOfD(String text, String folded) {
        assertEquals(folded, VietnameseText.fold(text));
    }

    @Test
    void foldTreatsDecomposedTextLikeComposedText() {
        String decomposed = Normalizer.normalize("Nguyễn Văn Đức", Normalizer.Form.NFD);

        assertEquals("nguyen van duc", VietnameseText.fold(decomposed));
    }

    @Test
    void foldCollapsesAndTrimsSpaces() {
        assertEquals("le thi anh", VietnameseText.fold("  Lê   Thị\tÁnh \n"));
    }

    @Test
    void nonBreakingSpacesPastedFromOtherProgramsSeparateWordsLikeSpaces() {
        assertEquals("nguyen van duc", VietnameseText.fold("\u00A0Nguyễn\u00A0Văn \u202FĐức\u00A0"));
    }

    @Test
    void foldOfNothingIsEmpty() {
        assertEquals("", VietnameseText.fold(null));
        assertEquals("", VietnameseText.fold(""));
        assertEquals("", VietnameseText.fold("   "));
    }

    @Test
    void dungAndDongStayDifferentAfterFolding() {
        assertNotEquals(VietnameseText.fold("Đông"), VietnameseText.fold("dung"));
        assertEquals(VietnameseText.fold("Dũng"), VietnameseText.fold("dung"));
    }
}
