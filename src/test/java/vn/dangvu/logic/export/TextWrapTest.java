package vn.dangvu.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row heights come from this estimate: a line too few clips the text on paper. */
class TextWrapTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "Công an                                      | 15.4 | 1",
            "xã Hải Yến, huyện Tiên Yên, tỉnh Quảng Ninh   | 15.4 | 3",
            "xã Yên Trung, huyện Yên Phong, tỉnh Bắc Ninh  | 15.4 | 4",
            "10/06/1995\\n10/06/1996                        | 15.4 | 2",
            "012345678901234567890123456789                | 10   | 3",
            "ab 012345678901234567890                      | 10   | 4",
            "''                                            | 10   | 1"})
    void textWrapsAtSpacesLikeExcel(String text, double perLine, int lines) {
        assertEquals(lines, TableSheet.wrappedLines(text.replace("\\n", "\n"), perLine));
    }
}
