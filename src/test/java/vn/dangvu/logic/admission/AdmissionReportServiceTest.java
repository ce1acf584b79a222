package vn.dangvu.logic.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionTarget;
import vn.dangvu.model.admission.AdmissionYear;

/** Targets, the yearly report and its Excel file, on a real H2 file. */
class AdmissionReportServiceTest {

    @TempDir
    Path folder;

    private Database database;
    private AdmissionReportService reports;
    private long napan;

    @BeforeEach
    void setUp() {
        database = Database.open(folder.resolve("data"));
        reports = new AdmissionReportService(database);
        napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        RegisterService register = new RegisterService(database);
        String[][] people = {{"Đinh Thị Thu", "2023-05-19"}, {"Lục Văn Hải", "2024-02-29"}, {"Vi Thị Mai", "2024-09-02"}};
        for (String[] p : people) {
            register.createMember(new Member(null, 0, PersonName.parse(p[0]), p[0].contains("Thị") ? Sex.FEMALE : Sex.MALE,
                    LocalDate.of(1995, 1, 1), "Tày", null, null, null),
                    List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.parse(p[1]), napan)), "test");
        }
        // admitted elsewhere and transferred in: not one of this committee's admissions
        register.createMember(new Member(null, 0, PersonName.parse("Hà Văn Nam"), Sex.MALE, LocalDate.of(1990, 1, 1),
                "Kinh", null, null, null), List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2024, 3, 1), null),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, LocalDate.of(2024, 6, 1), napan)), "test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void targetsAreSetOncePerYearAndScope() {
        reports.saveTarget(new AdmissionTarget(2024, null, 3));
        reports.saveTarget(new AdmissionTarget(2024, null, 2));
        reports.saveTarget(new AdmissionTarget(2024, napan, 1));
        assertEquals(List.of(new AdmissionTarget(2024, null, 2), new AdmissionTarget(2024, napan, 1)), reports.targets());
        assertThrows(RecordRejected.class, () -> reports.saveTarget(new AdmissionTarget(2024, 999L, 1)));
    }

    @Test
    void yearsCountTheCeremoniesHeldInTheCommittee() {
        reports.saveTarget(new AdmissionTarget(2024, null, 2));
        assertEquals(List.of(new AdmissionYear(2023, null, 1), new AdmissionYear(2024, 2, 2), new AdmissionYear(0, 2, 3)),
                reports.byYear(2023, 2024, null));
    }

    @Test
    void aReadmissionRecordedWithoutABranchCountsInTheBranchThePersonCameBackTo() {
        // Lưu Văn Bình: admitted in Nà Pàn 10/01/2010, removed 01/06/2020, re-admitted 15/08/2024 with no branch
        // recorded: back in Nà Pàn, so 2024 has 3 admissions for the committee and 3 for Nà Pàn, not 2.
        long binh = new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Lưu Văn Bình"),
                Sex.MALE, LocalDate.of(1985, 1, 1), "Kinh", null, null, null), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 1, 10), napan),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2011, 1, 10), null),
                MembershipEvent.of(MembershipEventType.REMOVED, LocalDate.of(2020, 6, 1), null)), "test").member().id();
        new RegisterService(database).recordEvent(binh,
                MembershipEvent.of(MembershipEventType.READMITTED, LocalDate.of(2024, 8, 15), null), "test");
        reports.saveTarget(new AdmissionTarget(2024, napan, 2));
        assertEquals(List.of(new AdmissionYear(2024, null, 3), new AdmissionYear(0, null, 3)),
                reports.byYear(2024, 2024, null));
        assertEquals(List.of(new AdmissionYear(2024, 2, 3), new AdmissionYear(0, 2, 3)), reports.byYear(2024, 2024, napan));
    }

    @Test
    void theExcelFileHoldsTheYearsAgainstTheirTargets() throws Exception {
        reports.saveTarget(new AdmissionTarget(2024, null, 2));
        Path file = folder.resolve("ket-nap.xlsx");
        reports.exportExcel(file, new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên"), 2023, 2024,
                "Đảng bộ xã Hải Yến", null);

        assertFalse(Files.exists(folder.resolve("ket-nap.xlsx.tmp")));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet years = book.getSheet("Kết nạp qua các năm");
            assertEquals("ĐẢNG BỘ HUYỆN TIÊN YÊN", years.getRow(0).getCell(0).getStringCellValue());
            assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", years.getRow(0).getCell(2).getStringCellValue());
            assertEquals("KẾT NẠP ĐẢNG VIÊN QUA CÁC NĂM", years.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Năm thực hiện", years.getRow(7).getCell(0).getStringCellValue());
            assertEquals("2024", years.getRow(9).getCell(0).getStringCellValue());
            assertEquals(2.0, years.getRow(9).getCell(1).getNumericCellValue());
            assertEquals(2.0, years.getRow(9).getCell(2).getNumericCellValue());
            assertEquals(100.0, years.getRow(9).getCell(3).getNumericCellValue());
            assertEquals("Tổng", years.getRow(10).getCell(0).getStringCellValue());
            assertEquals(3.0, years.getRow(10).getCell(2).getNumericCellValue());
            assertEquals(1, book.getNumberOfSheets(), "Biểu 2 is in the statistics workbook");
        }
    }
}
