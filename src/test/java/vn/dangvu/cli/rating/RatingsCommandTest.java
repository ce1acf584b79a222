package vn.dangvu.cli.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.MiniJson;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.export.ProducedWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.RatingRows;
import vn.dangvu.logic.rating.RatingService;
import vn.dangvu.model.rating.RatingCandidate;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.rating.RatingYear;

/** ratings --from-year --to-year --xlsx on a demo database; the same counts as the statistics JSON. */
class RatingsCommandTest {

    private static final int YEAR = LocalDate.now().getYear() - 1;

    @TempDir
    static Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void rateADemoCommittee() {
        CommandLine.standard().run(folder, List.of("demo", "--members", "300"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        long imported;
        try (Database database = Database.open(folder)) {
            RatingService ratings = new RatingService(database, RuleTables.ratingRegimes(null));
            RatingYear year = ratings.load(YEAR);
            List<RatingCandidate> rated = year.candidates().stream().filter(RatingCandidate::mustBeRated).toList();
            List<RatingEntry> entries = new ArrayList<>();
            for (int i = 1; i < rated.size(); i++) {
                RatingGrade grade = i % 10 == 0 ? RatingGrade.EXCELLENT : i % 25 == 0 ? RatingGrade.COMPLETED : RatingGrade.GOOD;
                entries.add(new RatingEntry(rated.get(i).memberId(), YEAR, rated.get(i).branchId(), grade, null, null, null, null, null));
            }
            ratings.saveMembers(YEAR, entries, List.of(), "thư ký");
            imported = rated.get(0).memberId();
        }
        // As the import writes it: no branch; the tables take the member's branch at the end of the year.
        RatingRows.member(folder, imported, YEAR, RatingGrade.NOT_COMPLETED);
    }

    private int run(String... args) {
        return CommandLine.standard().run(folder, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void workbookCountsAreTheStatisticsJsonCounts() throws Exception {
        Path file = folder.resolve("xep-loai.xlsx");
        assertEquals(CommandLine.OK, run("ratings", "--from-year", String.valueOf(YEAR - 1), "--to-year",
                String.valueOf(YEAR), "--xlsx", file.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Đã ghi bảng xếp loại"));
        out.reset();
        assertEquals(CommandLine.OK, run("stats", "--from", YEAR + "-01-01", "--to", YEAR + "-12-31", "--json"));
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(out.toString(StandardCharsets.UTF_8));
        Map<String, Object> members = (Map<String, Object>) ((Map<String, Object>) json.get("ratings")).get("members");

        try (ProducedWorkbook produced = ProducedWorkbook.open(file)) {
            Sheet sheet = produced.workbook().getSheet("Đảng viên");
            Row row = sheet.getRow(ProducedWorkbook.rowStarting(sheet, String.valueOf(YEAR)));
            String[] keys = {"excellent", "good", "completed", "notCompleted"};
            for (int g = 0; g < keys.length; g++) {
                assertEquals(((Number) members.get(keys[g])).doubleValue(), row.getCell(1 + g).getNumericCellValue(), keys[g]);
            }
            assertEquals(1, row.getCell(4).getNumericCellValue(), "the imported rating without a branch is counted");
            Sheet perBranch = produced.workbook().getSheet("Đảng viên theo chi bộ");
            assertTrue(ProducedWorkbook.texts(perBranch).stream().noneMatch(t -> t.equals("Chưa rõ chi bộ")),
                    "its branch is found from the membership history");
        }
    }

    @Test
    void badYearsAreUsageErrors() {
        assertEquals(2, run("ratings", "--from-year", "hai nghìn", "--to-year", "2024", "--xlsx", "x.xlsx"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from-year phải là một năm (ví dụ 2024)"));
        assertEquals(2, run("ratings", "--from-year", "2024", "--to-year", "2020", "--xlsx", "x.xlsx"));
        assertEquals(2, run("ratings", "--from-year", "2020", "--to-year", "2024"));
    }

    @Test
    void anEmptyFolderIsRefused() {
        assertEquals(1, CommandLine.standard().run(folder.resolve("khong-co"), List.of("ratings", "--from-year", "2020",
                "--to-year", "2024", "--xlsx", "x.xlsx"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }
}
