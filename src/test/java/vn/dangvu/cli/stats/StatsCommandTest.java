package vn.dangvu.cli.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.MiniJson;

/** stats --json on a demo database: the JSON of appendix B, read back by a parser. */
class StatsCommandTest {

    @TempDir
    static Path folder;

    private static final int YEAR = LocalDate.now().getYear() - 1;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void fillDemoData() {
        assertEquals(CommandLine.OK, CommandLine.standard().run(folder, List.of("demo", "--members", "300"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    private int run(String... args) {
        return CommandLine.standard().run(folder, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void yearAsJson() {
        assertEquals(CommandLine.OK, run("stats", "--from", YEAR + "-01-01", "--to", YEAR + "-12-31", "--json"),
                errors());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(out.toString(StandardCharsets.UTF_8));

        assertEquals(List.of("committee", "from", "to", "change", "members", "branches", "ratings"),
                List.copyOf(json.keySet()));
        assertEquals("Đảng bộ xã Hải Yến", json.get("committee"));
        assertEquals(YEAR + "-01-01", json.get("from"));
        assertEquals(YEAR + "-12-31", json.get("to"));

        Map<String, Object> change = (Map<String, Object>) json.get("change");
        assertEquals(List.of("opening", "admitted", "transferredIn", "restored", "died", "expelled", "removed",
                "removedProbationary", "resigned", "transferredOut", "closing"), List.copyOf(change.keySet()));
        int increases = n(change, "admitted") + n(change, "transferredIn") + n(change, "restored");
        int decreases = n(change, "died") + n(change, "expelled") + n(change, "removed") + n(change, "resigned")
                + n(change, "transferredOut");
        assertEquals(n(change, "closing"), n(change, "opening") + increases - decreases, "A + B − C = D");
        assertTrue(n(change, "removedProbationary") <= n(change, "removed"));

        Map<String, Object> members = (Map<String, Object>) json.get("members");
        assertEquals(List.of("total", "official", "probationary", "female", "male", "ethnicMinority", "religious",
                "exempt", "ageBands", "averageAge", "politicalTheory"), List.copyOf(members.keySet()));
        int total = n(members, "total");
        assertTrue(total > 100, "most of 300 demo people are in đảng số: " + total);
        assertEquals(n(change, "closing"), total);
        assertEquals(total, n(members, "official") + n(members, "probationary"));
        assertEquals(total, n(members, "female") + n(members, "male"));
        Map<String, Object> ages = (Map<String, Object>) members.get("ageBands");
        assertEquals(List.of("18-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", "over60"),
                List.copyOf(ages.keySet()));
        assertEquals(total, ages.keySet().stream().mapToInt(k -> n(ages, k)).sum());
        BigDecimal averageAge = (BigDecimal) members.get("averageAge");
        assertEquals(1, averageAge.scale(), "one decimal: " + averageAge);
        Map<String, Object> theory = (Map<String, Object>) members.get("politicalTheory");
        assertEquals(List.of("none", "elementary", "intermediate", "advanced"), List.copyOf(theory.keySet()));
        assertEquals(total, theory.keySet().stream().mapToInt(k -> n(theory, k)).sum());

        List<Object> branches = (List<Object>) json.get("branches");
        assertTrue(branches.size() >= 8, "the demo has at least eight branches");
        int inBranches = 0;
        for (Object item : branches) {
            Map<String, Object> branch = (Map<String, Object>) item;
            assertEquals(List.of("name", "total", "official", "probationary"), List.copyOf(branch.keySet()));
            assertTrue(((String) branch.get("name")).startsWith("Chi bộ"), branch.toString());
            assertEquals(n(branch, "total"), n(branch, "official") + n(branch, "probationary"));
            inBranches += n(branch, "total");
        }
        assertEquals(total, inBranches);

        Map<String, Object> ratings = (Map<String, Object>) json.get("ratings");
        assertEquals(List.of("year", "members", "branches"), List.copyOf(ratings.keySet()));
        assertEquals(YEAR, n(ratings, "year"));
        for (String side : List.of("members", "branches")) {
            Map<String, Object> grades = (Map<String, Object>) ratings.get(side);
            assertEquals(List.of("excellent", "good", "completed", "notCompleted", "notRated"),
                    List.copyOf(grades.keySet()));
        }
        // The demo records no ratings yet: everyone in đảng số at the end of the year is not rated.
        assertEquals(total, n((Map<String, Object>) ratings.get("members"), "notRated"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "stats --to 2024-12-31 --json                        | Thiếu tùy chọn --from.",
        "stats --from 2024-01-01 --json                      | Thiếu tùy chọn --to.",
        "stats --from 01/01/2024 --to 2024-12-31 --json      | --from phải là ngày dạng YYYY-MM-DD",
        "stats --from 2024-01-01 --to 2024-02-30 --json      | --to phải là ngày dạng YYYY-MM-DD",
        "stats --from 2024-12-31 --to 2024-01-01 --json      | Ngày --from 31/12/2024 sau ngày --to 01/01/2024.",
        "stats --from 2024-01-01 --to 2024-12-31             | Chọn cách xuất số liệu: --json",
        "stats --from 2024-01-01 --to 2024-12-31 --json --csv | Không hiểu tùy chọn --csv.",
        "stats --from 2024-01-01 --to 2024-12-31 --json năm | Không hiểu \"năm\".",
    })
    void badUsageIsExplainedInVietnameseWithExitTwo(String args, String message) {
        assertEquals(CommandLine.USAGE, run(args.split(" ")));
        assertTrue(errors().contains(message), errors());
        assertTrue(errors().contains("stats --from YYYY-MM-DD --to YYYY-MM-DD"), "the help lists stats");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void xlsxWritesTheWorkbookOfTheSamePeriod() throws Exception {
        Path file = folder.resolve("thong-ke.xlsx");
        assertEquals(CommandLine.OK, run("stats", "--from", "2024-01-01", "--to", "2024-12-31", "--xlsx",
                file.toString()));
        assertTrue(errors().contains("Đã ghi báo cáo thống kê"), errors());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            assertTrue(vn.dangvu.logic.export.ProducedWorkbook.texts(book.getSheet("Biểu 1"))
                    .contains("BIỂU 1 — TĂNG, GIẢM ĐẢNG VIÊN"), "the sheet has its official title");
        }
    }

    @Test
    void aFolderWithoutDataIsRefusedInsteadOfCreatingAnEmptyDatabase(@TempDir Path empty) {
        int exit = CommandLine.standard().run(empty, List.of("stats", "--from", "2024-01-01", "--to", "2024-12-31",
                "--json"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertEquals(CommandLine.FAILED, exit);
        assertTrue(errors().contains("chưa có dữ liệu Đảng Vụ"), errors());
        assertEquals(List.of(), List.of(empty.toFile().list()), "nothing created");
    }

    private static int n(Map<String, Object> object, String key) {
        return ((BigDecimal) object.get(key)).intValueExact();
    }
}
