package vn.dangvu.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.MiniJson;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.TestDatabase;

/** bench --json on a small demo database: every figure and floor of issue 9, data built once and reused. */
class BenchCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path data, String... args) {
        out.reset();
        err.reset();
        return CommandLine.standard().run(data, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsEveryFigureWithItsFloorAndReusesTheDatabaseItBuilt() {
        String[] bench = {"bench", "--members", "120", "--runs", "1", "--warmups", "0", "--import-rows", "25", "--json"};
        assertEquals(CommandLine.OK, run(folder, bench), errors());
        assertTrue(errors().contains("Đã tạo dữ liệu mẫu."), errors());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(out.toString(StandardCharsets.UTF_8));

        for (String figure : List.of("registerLoadMs", "registerLoadFloorMs", "registerFullLoadMs", "searchMs",
                "heapAfterLoadMb", "statsYearMs", "statsYearFloorMs", "ratingsDistributionMs",
                "ratingsDistributionFloorMs", "exportStatsXlsxMs", "importMs", "importFloorMs")) {
            assertTrue(json.get(figure) instanceof BigDecimal number && number.signum() >= 0, figure + ": " + json);
        }
        assertTrue(json.get("cpuMs") instanceof Map<?, ?> cpu && cpu.keySet().containsAll(
                List.of("registerLoadMs", "statsYearMs", "statsYearFloorMs", "importMs", "importFloorMs")), json.toString());
        assertEquals(120, number(json, "members"));
        assertEquals(25, number(json, "importRows"));
        assertTrue(((String) json.get("database")).matches("H2 2\\.\\d+\\.\\d+"), json.toString());
        assertTrue(number(json, "inStrength") > 0 && number(json, "inStrength") < 120, json.toString());
        assertTrue(((String) json.get("data")).contains("không có sổ đảng phí"), "the demo data has no fee book, and it says so");

        assertEquals(CommandLine.OK, run(folder, bench), errors());
        assertTrue(errors().contains("Dùng lại dữ liệu mẫu đã có."), errors());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withMergeItMeasuresThreeFormerCommunesInARowAndAMergeOfItsOwnBackup() {
        assertEquals(CommandLine.OK, run(folder, "bench", "--members", "60", "--runs", "1", "--warmups", "0",
                "--import-rows", "5", "--merge", "20", "--json"), errors());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(out.toString(StandardCharsets.UTF_8));

        assertTrue(json.get("mergeThreeSourcesMs") instanceof BigDecimal && json.get("mergeBackupMs") instanceof BigDecimal
                && json.get("mergeBackupHeapPeakMb") instanceof BigDecimal, json.toString());
        assertTrue(json.get("cpuMs") instanceof Map<?, ?> cpu && cpu.keySet().containsAll(
                List.of("mergeThreeSourcesMs", "mergeBackupMs")), json.toString());
        // Three demo communes of 20 members each, every one of them received: 3 × 20.
        assertEquals(20, number(json, "mergeSourceMembers"));
        assertEquals(3 * 20, number(json, "mergeThreeSourcesPeople"));
        // The backup of the 60-member benchmark database brings its 60 people.
        assertEquals(60, number(json, "mergeBackupPeople"));
        assertFalse(errors().contains("Exception"), errors());
    }

    @Test
    void theDemoDatabaseHasTenYearsOfRatingsAndAYearOfMeetings() {
        assertEquals(CommandLine.OK, run(folder, "bench", "--members", "100", "--runs", "1", "--warmups", "0",
                "--import-rows", "5"), errors());
        int lastYear = LocalDate.now().getYear() - 1;
        try (Database database = Database.open(folder)) {
            // (year, grade) cells: every one of the ten years has its ratings.
            assertTrue(database.read(r -> r.bench().ratingCounts(lastYear - 9, lastYear)) >= 10 * 2);
            int later = database.read(r -> r.bench().ratingCounts(lastYear + 1, lastYear + 5));
            assertEquals(0, later, "no ratings for years not yet over");
            assertTrue(database.read(r -> r.meetings().summaries(LocalDate.of(lastYear, 1, 1),
                    LocalDate.of(lastYear, 12, 31))).size() >= 8 * 12, "monthly meetings in every branch");
        }
    }

    @Test
    void aFolderHoldingAnotherNumberOfMembersIsRefused(@TempDir Path other) {
        assertEquals(CommandLine.OK, run(other, "demo", "--members", "30"), errors());
        assertEquals(CommandLine.FAILED, run(other, "bench", "--members", "40", "--json"));
        assertTrue(errors().contains("đã có 30 hồ sơ, không phải 40"), errors());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAServerItMeasuresTheServerAndNamesItsEngine() {
        TestDatabase.POSTGRESQL.fresh(folder).close();
        out.reset();
        err.reset();
        int status = CommandLine.standard().run(folder, TestDatabase.server(), List.of("bench", "--members", "120",
                        "--runs", "1", "--warmups", "0", "--import-rows", "25", "--json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());

        assertEquals(CommandLine.OK, status, errors());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(out.toString(StandardCharsets.UTF_8));
        assertTrue(((String) json.get("database")).startsWith("PostgreSQL "), json.toString());
        assertEquals(120, number(json, "members"));
        assertTrue(json.get("importMs") instanceof BigDecimal && json.get("statsYearFloorMs") instanceof BigDecimal,
                json.toString());
        assertFalse(DataFile.existsIn(folder), "the server was measured, not a file in the data folder");
    }

    private static int number(Map<String, Object> json, String name) {
        return ((BigDecimal) json.get(name)).intValueExact();
    }
}
