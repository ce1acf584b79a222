package vn.dangvu.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.importing.ClerkWorkbook;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProgress;
import vn.dangvu.logic.importing.ImportRejected;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;

/**
 * Bad input, for a bounded time: mutated and random workbooks and CSV files to the importer, random
 * arguments to the command line. Never a crash (only the importer's own refusal), never a partial
 * write (the register grows by a whole plan or not at all), always a Vietnamese message.
 */
class FuzzTest {

    private static final long BUDGET_MILLIS = 15_000;
    /** A Vietnamese message has at least one letter only Vietnamese uses. */
    private static final String VIETNAMESE = ".*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*";

    @TempDir
    Path temp;

    @Test
    void mutatedAndRandomFilesAreImportedWhollyOrRefusedWithAMessage() throws IOException {
        byte[] clean = Files.readAllBytes(ClerkWorkbook.clean().write(temp.resolve("sach.xlsx")));
        Random random = new Random(2026);
        long start = System.currentTimeMillis();
        long end = start + BUDGET_MILLIS;
        int tries = 0;
        int refused = 0;
        int imported = 0;
        try (Database database = Database.open(temp.resolve("data"))) {
            MemberImportService importer = new MemberImportService(database);
            RegisterService register = new RegisterService(database);
            // at least 12 files even on a slow machine, and never more than a minute in all
            while ((System.currentTimeMillis() < end || tries < 12) && System.currentTimeMillis() < start + 60_000) {
                long began = System.currentTimeMillis();
                Path file = temp.resolve("thu-" + tries + (random.nextBoolean() ? ".xlsx" : ".csv"));
                Files.write(file, input(random, clean));
                int before = register.loadRegister().size();
                try {
                    ImportPlan plan = importer.preview(file);
                    if (!plan.hasErrors()) {
                        importer.apply(plan, "fuzz", ImportProgress.NONE, () -> false);
                        int added = plan.summary().newMembers();
                        imported++;
                        assertEquals(before + added, register.loadRegister().size(), "a partial write from " + file);
                    } else {
                        plan.errors().forEach(p -> assertFalse(p.toString().isBlank()));
                        assertEquals(before, register.loadRegister().size());
                    }
                } catch (ImportRejected e) {
                    refused++;
                    assertTrue(e.getMessage().matches("(?s)" + VIETNAMESE), e.getMessage());
                    assertEquals(before, register.loadRegister().size(), "written although refused: " + file);
                }
                if (System.currentTimeMillis() - began > 3_000) {
                    System.out.println("FuzzTest: slow file " + tries + ": " + (System.currentTimeMillis() - began) + " ms");
                }
                Files.delete(file);
                tries++;
            }
        }
        System.out.println("FuzzTest: " + tries + " files, " + refused + " refused with a message, "
                + imported + " imported whole");
        assertTrue(tries >= 5, "only " + tries + " files in the time budget");
    }

    /** A clean workbook with bytes flipped, cut short or spliced; a random CSV; or random bytes. */
    private static byte[] input(Random random, byte[] clean) throws IOException {
        switch (random.nextInt(7)) {
            case 5, 6 -> {
                return randomCells(random);
            }
            case 0 -> {
                byte[] mutated = clean.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                return mutated;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(clean, random.nextInt(clean.length));
            }
            case 2 -> {
                StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Chi bộ,Ngày vào Đảng\n");
                for (int i = 0, n = random.nextInt(20); i < n; i++) {
                    csv.append("Nguyễn Văn ").append((char) ('A' + random.nextInt(26))).append(',')
                            .append(random.nextInt(40)).append('/').append(random.nextInt(14)).append("/19")
                            .append(random.nextInt(100)).append(",Chi bộ ").append(random.nextInt(3)).append(",\"")
                            .append(random.nextInt(1000)).append('\n');
                }
                return csv.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                byte[] bytes = new byte[random.nextInt(5000)];
                random.nextBytes(bytes);
                if (bytes.length > 4 && random.nextBoolean()) {
                    bytes[0] = 'P'; // looks like a zip (an .xlsx) to the first check
                    bytes[1] = 'K';
                    bytes[2] = 3;
                    bytes[3] = 4;
                }
                return bytes;
            }
            default -> {
                byte[] spliced = clean.clone();
                int from = random.nextInt(spliced.length);
                int to = random.nextInt(spliced.length);
                int length = Math.min(random.nextInt(2000), Math.min(spliced.length - from, spliced.length - to));
                System.arraycopy(clean, from, spliced, to, length);
                return spliced;
            }
        }
    }

    /** A well-formed workbook whose cells are drawn from good and bad values: some import, some do not. */
    private static byte[] randomCells(Random random) throws IOException {
        Object[][] pools = {
            {"Nguyễn Văn An", "Trần Thị Bình", "", "  Lê   Cường ", "123", "A", "Đỗ Thị Giang"},
            {"01/02/1980", "31/02/1990", "1985", "abc", "", java.time.LocalDate.of(1975, 4, 30), "2090-01-01"},
            {"Nam", "Nữ", "nu", "khác", ""},
            {"Chi bộ thôn Nà Pàn", "chi bo thon na pan", "", "Chi bộ Mới " + random.nextInt(5)},
            {"05/03/2005", "01/01/1900", "", "32/13/2000", "2010-06-15"},
            {"12345678", "00123456", "", "abc", "1234567890123"}};
        vn.dangvu.logic.importing.SpreadsheetMl book = new vn.dangvu.logic.importing.SpreadsheetMl();
        vn.dangvu.logic.importing.SpreadsheetMl.Sheet sheet = book.sheet("Đảng viên");
        sheet.row("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng", "Số thẻ đảng viên");
        for (int row = 0, n = 1 + random.nextInt(8); row < n; row++) {
            Object[] cells = new Object[pools.length];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = pools[c][random.nextInt(pools[c].length)];
            }
            if (random.nextInt(3) > 0) { // most rows are good, so that some files import
                cells[0] = "Phạm Văn " + (char) ('A' + random.nextInt(26)) + "ư";
                cells[1] = "01/02/1980";
                cells[2] = "Nam";
                cells[4] = "05/03/2005";
                cells[5] = "";
            }
            sheet.row(cells);
        }
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            return Files.readAllBytes(book.write(file));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void randomCommandLinesNeverCrashAndAlwaysSayWhatIsWrong() throws IOException {
        Path junk = Files.writeString(temp.resolve("rac.xlsx"), "không phải Excel");
        List<String> words = new ArrayList<>(List.of("demo", "import", "stats", "minutes", "due", "backup", "restore",
                "khong-co", "--members", "--from", "--to", "--json", "--xlsx", "--dry-run", "--as-of", "--branch",
                "--month", "--out", "--blank", "--thematic", "--bogus", "-x", "", " ", "0", "-1", "3", "99999999999",
                "2026-13-45", "2026-03-18", "2026-03", "abc", "Chi bộ 1", "ñ\u0000", junk.toString(),
                temp.resolve("khong-co.xlsx").toString(), temp.resolve("ra.xlsx").toString(),
                temp.resolve("ra.docx").toString(), temp.toString()));
        Random random = new Random(18);
        long end = System.currentTimeMillis() + BUDGET_MILLIS;
        int tries = 0;
        // "backup --to backup" writes a file named by a bare word into the working directory: the
        // command line resolves relative paths as any would. The test removes what it made there.
        Set<Path> present = listWorkingDirectory();
        try {
            tries = fuzzCommandLines(words, random, end);
        } finally {
            for (Path made : listWorkingDirectory()) {
                if (!present.contains(made) && Files.isRegularFile(made)) {
                    Files.delete(made);
                }
            }
        }
        System.out.println("FuzzTest: " + tries + " command lines");
        assertTrue(tries > 20, "only " + tries + " command lines in the time budget");
    }

    private static Set<Path> listWorkingDirectory() throws IOException {
        try (var files = Files.list(Path.of("").toAbsolutePath())) {
            return files.collect(java.util.stream.Collectors.toSet());
        }
    }

    private int fuzzCommandLines(List<String> words, Random random, long end) {
        int tries = 0;
        while (System.currentTimeMillis() < end) {
            List<String> args = new ArrayList<>();
            for (int i = 0, n = random.nextInt(6); i < n; i++) {
                args.add(words.get(random.nextInt(words.size())));
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = CommandLine.standard().run(temp.resolve("data"), args,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(status == CommandLine.OK || status == CommandLine.FAILED || status == CommandLine.USAGE,
                    args + " → " + status);
            if (status != CommandLine.OK) {
                assertTrue(message.matches("(?s)" + VIETNAMESE), args + " → " + message);
                assertFalse(message.contains("Exception") || message.contains("\tat "), args + " → " + message);
            }
            tries++;
        }
        return tries;
    }
}
