package vn.dangvu.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule every CSV table in resources/rules is read by. */
class RuleTableTest {

    private static List<List<String>> cells(RuleTable table, String... columns) {
        return table.rows().stream().map(row -> List.of(columns).stream().map(row::text).toList()).toList();
    }

    @Test
    void notesAndBlankLinesAreSkippedAndTheHeaderComesFirst() {
        RuleTable table = RuleTable.parse("\uFEFF# ghi chú; có dấu chấm phẩy\n\nDate,Name\r\n# giữa bảng\n"
                + "2024-09-02 , Quốc khánh \n", "holidays.csv", "date", "name");
        assertEquals(List.of(List.of("2024-09-02", "Quốc khánh")), cells(table, "date", "name"));
    }

    @Test
    void theHeaderChoosesTheSeparatorAndTheLastColumnTakesTheRestOfTheLine() {
        RuleTable semicolons = RuleTable.parse("a;b;c\n1;x, y;ghi chú; còn nữa\n", "t.csv", "a", "b", "c");
        assertEquals(List.of(List.of("1", "x, y", "ghi chú; còn nữa")), cells(semicolons, "a", "b", "c"));
        RuleTable commas = RuleTable.parse("a,b,c\n1,x; y,HD 42, 2025\n", "t.csv", "a", "b", "c");
        assertEquals(List.of(List.of("1", "x; y", "HD 42, 2025")), cells(commas, "a", "b", "c"));
    }

    @Test
    void aQuotedCellHoldsTheSeparatorAndDoubledQuotes() {
        RuleTable table = RuleTable.parse("a,b,c\n\"1,5\" ,\"Tết \"\"Nguyên đán\"\"\",\"cuối, cùng\"\n", "t.csv",
                "a", "b", "c");
        assertEquals(List.of(List.of("1,5", "Tết \"Nguyên đán\"", "cuối, cùng")), cells(table, "a", "b", "c"));
    }

    @Test
    void missingCellsAtTheEndAreEmpty() {
        RuleTable table = RuleTable.parse("a,b,c\n1\n2,x,\n", "t.csv", "a", "b", "c");
        assertEquals(List.of(List.of("1", "", ""), List.of("2", "x", "")), cells(table, "a", "b", "c"));
    }

    @Test
    void aBadValueIsNamedByFileLineAndColumn() {
        RuleTable table = RuleTable.parse("# x\nvalid_from,minutes\n2025-07-23,chín mươi\n31/02/2025,90\n",
                "rules/t.csv", "valid_from", "minutes");
        RuleTable.Row first = table.rows().get(0);
        assertEquals(LocalDate.of(2025, 7, 23), first.date("valid_from"));
        assertEquals("rules/t.csv, dòng 3, cột 2 (minutes): \"chín mươi\" không phải là số nguyên.",
                assertThrows(IllegalArgumentException.class, () -> first.whole("minutes")).getMessage());
        assertEquals("rules/t.csv, dòng 4, cột 1 (valid_from): ngày \"31/02/2025\" không hợp lệ"
                        + " (viết yyyy-MM-dd hoặc dd/MM/yyyy).",
                assertThrows(IllegalArgumentException.class, () -> table.rows().get(1).date("valid_from")).getMessage());
        assertEquals(LocalDate.of(2025, 2, 28), RuleTable.parse("d\n28/02/2025\n", "t.csv", "d").rows().get(0).date("d"));
    }

    @Test
    void aWrongOrMissingHeaderOrAnOpenQuoteIsRefusedWithItsLine() {
        assertEquals("t.csv, dòng 2: dòng tiêu đề phải là \"date,name\" (các cột cách nhau bằng dấu phẩy"
                        + " hoặc dấu chấm phẩy).",
                assertThrows(IllegalArgumentException.class,
                        () -> RuleTable.parse("# x\n2024-09-02,Quốc khánh\n", "t.csv", "date", "name")).getMessage());
        assertEquals("t.csv: thiếu dòng tiêu đề \"date,name\".",
                assertThrows(IllegalArgumentException.class,
                        () -> RuleTable.parse("# chỉ có ghi chú\n", "t.csv", "date", "name")).getMessage());
        assertEquals("t.csv, dòng 2, cột 1: thiếu dấu ngoặc kép đóng.",
                assertThrows(IllegalArgumentException.class,
                        () -> RuleTable.parse("a,b\n\"1,2\n", "t.csv", "a", "b")).getMessage());
    }
}
