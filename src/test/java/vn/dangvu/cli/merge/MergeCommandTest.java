package vn.dangvu.cli.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.logic.merge.FormerCommunes.HAI_HA;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.importing.ClerkWorkbook;
import vn.dangvu.logic.merge.FormerCommunes;
import vn.dangvu.logic.merge.MergeService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;

/**
 * merge on the command line (issue 17): Hải Hà's backup into Hải Yến's data (FormerCommunes), a
 * clerk's workbook with a person who may be one already here, and every way it is refused with
 * nothing written.
 */
class MergeCommandTest {

    private static final String PASSWORD = "mật khẩu Hải Hà";

    @TempDir
    static Path sources;
    private static Path haiHa;
    private static Path haiHaTwoAdmissions;
    private static Path encrypted;
    private static Path newer;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void backUpTheFormerCommunes() throws Exception {
        haiHa = FormerCommunes.haiHaBackup(sources.resolve("hai-ha"), false);
        haiHaTwoAdmissions = FormerCommunes.haiHaBackup(sources.resolve("hai-ha-2"), true);
        try (Database database = Database.open(sources.resolve("hai-ha-khoa"))) {
            FormerCommunes.haiHa(database, false);
            database.file().orElseThrow().changePassword(PASSWORD);
            encrypted = new BackupService(database).backupNow().file().file();
        }
        newer = writtenByANewerVersion(sources.resolve("hai-ha-moi"));
    }

    /** Hải Hà's data file with a migration this build does not ship, zipped as a backup. */
    private static Path writtenByANewerVersion(Path folder) throws IOException, SQLException {
        try (Database database = Database.open(folder)) {
            FormerCommunes.haiHa(database, false);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath()
                .resolve("dangvu"), "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 1000, '99', 'future',"
                    + " \"type\", 'V99__future.sql', 0, \"installed_by\", \"installed_on\", 0, TRUE"
                    + " FROM \"flyway_schema_history\" WHERE \"version\" = '1'");
        }
        Path zip = folder.resolveSibling("hai-ha-moi.zip");
        try (ZipOutputStream zipped = new ZipOutputStream(Files.newOutputStream(zip))) {
            zipped.putNextEntry(new ZipEntry("dangvu.mv.db"));
            Files.copy(folder.resolve("dangvu.mv.db"), zipped);
            zipped.closeEntry();
        }
        return zip;
    }

    @BeforeEach
    void haiYen() {
        try (Database database = Database.open(temp.resolve("data"))) {
            FormerCommunes.haiYen(database);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.standard().run(temp.resolve("data"), List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
    }

    private int merge(Path source, String... more) {
        List<String> args = new ArrayList<>(List.of("merge", source.toString(), "--unit", HAI_HA, "--on", "2025-07-01"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path map(String... lines) throws IOException {
        return Files.writeString(temp.resolve("chi-bo.csv"), "Chi bộ cũ,Chi bộ mới\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }

    private int people() {
        try (Database database = Database.open(temp.resolve("data"))) {
            return new RegisterService(database).loadRegister().size();
        }
    }

    @Test
    void aTakenBranchNameIsAProblemAndNothingIsWritten() {
        assertEquals(CommandLine.FAILED, merge(haiHa, "--json"));

        String json = output();
        assertTrue(json.contains("\"people\": {\"new\": 3, \"joined\": 2, \"uncertain\": 0}"), json);
        assertTrue(json.contains("\"members\": {\"total\": 4, \"official\": 3, \"probationary\": 1}"), json);
        assertTrue(json.contains("{\"from\": \"Chi bộ thôn 1\", \"to\": null, \"action\": null}"), json);
        assertTrue(json.contains("{\"person\": \"\", \"field\": \"Chi bộ thôn 1\", \"message\": \"Đã có Chi bộ thôn 1"), json);
        assertEquals(CommandLine.FAILED, merge(haiHa));
        assertTrue(output().contains("Chi bộ thôn 1 → chưa quyết định"), output());
        assertEquals(4, people());
    }

    @Test
    void withTheMapEveryoneComesInOneStepWithTheBackupAndTheHandoverRecord() throws IOException {
        Path map = map("Chi bộ thôn 1,Chi bộ thôn 1 (xã Hải Hà)", "Chi bộ thôn 5,Chi bộ thôn 2");

        assertEquals(CommandLine.OK, merge(haiHa, "--branch-map", map.toString(), "--json"), errors());

        assertEquals("""
                {
                  "unit": "Đảng bộ xã Hải Hà",
                  "on": "2025-07-01",
                  "people": {"new": 3, "joined": 2, "uncertain": 0},
                  "members": {"total": 4, "official": 3, "probationary": 1},
                  "branches": [
                    {"from": "Chi bộ thôn 1", "to": "Chi bộ thôn 1 (xã Hải Hà)", "action": "renamed"},
                    {"from": "Chi bộ thôn 5", "to": "Chi bộ thôn 2", "action": "into"}
                  ],
                  "problems": []
                }
                """, output());
        assertEquals(7, people()); // Hoa and Mai were here already
        assertEquals(1, BackupService.listIn(temp.resolve("data")).size());
        try (var records = Files.list(temp.resolve("data").resolve(MergeService.HANDOVER_FOLDER))) {
            assertEquals(1, records.filter(f -> f.toString().endsWith(HAI_HA + ".docx")).count());
        }
    }

    @Test
    void withoutJsonItNamesTheBackupAndTheHandoverRecordByTheirFiles() throws IOException {
        Path map = map("Chi bộ thôn 1,Chi bộ thôn 1 (xã Hải Hà)", "Chi bộ thôn 5,Chi bộ thôn 2");

        assertEquals(CommandLine.OK, merge(haiHa, "--branch-map", map.toString()), errors());

        Path backup = BackupService.listIn(temp.resolve("data")).get(0).file();
        Path record;
        try (var records = Files.list(temp.resolve("data").resolve(MergeService.HANDOVER_FOLDER))) {
            record = records.findFirst().orElseThrow();
        }
        assertTrue(output().contains("  Sao lưu trước khi gộp: " + backup + "\n"), output());
        assertTrue(output().contains("  Biên bản tiếp nhận: " + record + "\n"), output());
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() throws IOException {
        Path map = map("Chi bộ thôn 1,Chi bộ thôn 1 (xã Hải Hà)");

        assertEquals(CommandLine.OK, merge(haiHa, "--branch-map", map.toString(), "--dry-run"), errors());

        assertTrue(output().startsWith("Xem trước (--dry-run, chưa ghi gì): sẵn sàng gộp."), output());
        assertTrue(output().contains("Chi bộ thôn 5 → Chi bộ mới: Chi bộ thôn 5"), output());
        assertEquals(4, people());
        assertEquals(0, BackupService.listIn(temp.resolve("data")).size());
    }

    @Test
    void twoAdmissionDatesAreAContradictionTheCommandLineLeavesToTheClerk() throws IOException {
        Path map = map("Chi bộ thôn 1,Chi bộ thôn 1 (xã Hải Hà)");

        assertEquals(CommandLine.FAILED, merge(haiHaTwoAdmissions, "--branch-map", map.toString()));

        assertTrue(output().contains("Trần Thị Mai (sinh 02/02/1968) — Ngày vào Đảng: Ngày vào Đảng: Đảng bộ xã Hải Yến"
                + " ghi 12/03/1990, Đảng bộ xã Hải Hà ghi 15/03/1990."), output());
        assertEquals(4, people());
    }

    @Test
    void aPersonFoundByNameAndBirthDateOnlyWaitsForUncertain() throws IOException {
        try (Database database = Database.open(temp.resolve("data"))) {
            long branch = new vn.dangvu.logic.branch.BranchService(database).all().get(0).id();
            new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Nguyễn Văn An"), Sex.MALE,
                    java.time.LocalDate.of(1980, 3, 5), "Kinh", null, new MemberIds(null, null, null), null),
                    new ArrayList<>(List.of(MembershipEvent.of(MembershipEventType.ADMITTED,
                            java.time.LocalDate.of(2005, 3, 5), branch))), "thư ký");
        }
        Path workbook = ClerkWorkbook.clean().write(temp.resolve("hai-ha.xlsx"));

        assertEquals(CommandLine.FAILED, merge(workbook, "--json"));
        assertTrue(output().contains("\"people\": {\"new\": 7, \"joined\": 0, \"uncertain\": 1}"), output());
        assertTrue(output().contains("\"person\": \"Nguyễn Văn An (sinh 05/03/1980)\", \"field\": \"Trùng người\""),
                output());
        assertEquals(5, people());

        assertEquals(CommandLine.OK, merge(workbook, "--uncertain", "keep-apart", "--json"), errors() + output());
        assertEquals(12, people());
    }

    @Test
    void aWorkbookWithErrorsIsRefusedByRowAndColumn() throws IOException {
        Path workbook = ClerkWorkbook.withErrors().write(temp.resolve("loi.xlsx"));

        assertEquals(CommandLine.FAILED, merge(workbook));

        assertTrue(errors().startsWith("Bảng tính loi.xlsx có "), errors());
        assertTrue(errors().contains("dòng " + ClerkWorkbook.BAD_DATE), errors());
        assertEquals(4, people());
    }

    @Test
    void anEncryptedBackupNeedsItsPassword() throws IOException {
        Path map = map("Chi bộ thôn 1,Chi bộ thôn 1 (xã Hải Hà)");
        Path wrong = Files.writeString(temp.resolve("sai.txt"), "sai\n", StandardCharsets.UTF_8);
        Path right = Files.writeString(temp.resolve("dung.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);

        assertEquals(CommandLine.FAILED, merge(encrypted, "--branch-map", map.toString()));
        assertTrue(errors().contains("đã được đặt mật khẩu: hãy nhập mật khẩu của nó."), errors());
        assertEquals(CommandLine.FAILED, merge(encrypted, "--branch-map", map.toString(), "--password-file",
                wrong.toString()));
        assertTrue(errors().contains(": mật khẩu không đúng."), errors());
        assertEquals(CommandLine.OK, merge(encrypted, "--branch-map", map.toString(), "--password-file",
                right.toString(), "--dry-run"), errors());
    }

    @Test
    void aBackupOfANewerVersionADamagedFileAndAnotherKindOfFileAreRefused() throws IOException {
        assertEquals(CommandLine.FAILED, merge(newer));
        assertTrue(errors().contains("do phiên bản Đảng Vụ mới hơn tạo ra"), errors());

        Path junk = Files.writeString(temp.resolve("rac.zip"), "rác");
        assertEquals(CommandLine.FAILED, merge(junk));
        assertTrue(errors().startsWith("Tệp rac.zip bị hỏng hoặc không phải bản sao lưu Đảng Vụ"), errors());

        Path text = Files.writeString(temp.resolve("ds.txt"), "danh sách");
        assertEquals(CommandLine.FAILED, merge(text));
        assertTrue(errors().startsWith("Tệp ds.txt không phải bảng tính Excel"), errors());

        assertEquals(CommandLine.FAILED, merge(temp.resolve("khong-co.zip")));
        assertTrue(errors().startsWith("Không có tệp "), errors());
        assertEquals(4, people());
    }

    @Test
    void aMapWithoutItsHeaderIsRefused() throws IOException {
        Path map = Files.writeString(temp.resolve("chi-bo.csv"), "Cũ,Mới\nChi bộ thôn 1,Chi bộ thôn 2\n");

        assertEquals(CommandLine.FAILED, merge(haiHa, "--branch-map", map.toString()));

        assertTrue(errors().contains("dòng tiêu đề phải là \"Chi bộ cũ,Chi bộ mới\""), errors());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(CommandLine.USAGE, run("merge", haiHa.toString(), "--unit", HAI_HA));
        assertTrue(errors().startsWith("Thiếu tùy chọn --on."), errors());
        assertEquals(CommandLine.USAGE, run("merge", haiHa.toString(), "--unit", HAI_HA, "--on", "01/07/2025"));
        assertEquals(CommandLine.USAGE, run("merge", haiHa.toString(), "--on", "2025-07-01"));
        assertEquals(CommandLine.USAGE, merge(haiHa, "--uncertain", "maybe"));
        assertTrue(errors().startsWith("--uncertain phải là keep-apart hoặc join"), errors());
        assertEquals(CommandLine.USAGE, run("merge", "--unit", HAI_HA, "--on", "2025-07-01"));
        assertEquals(CommandLine.USAGE, run("merge", haiHa.toString(), haiHa.toString(), "--unit", HAI_HA, "--on",
                "2025-07-01"));
    }
}
