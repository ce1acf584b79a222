package vn.dangvu.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.logic.importing.ClerkWorkbook.NA_PAN;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.TestDatabase;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.rating.BranchRating;
import vn.dangvu.model.rating.MemberRating;
import vn.dangvu.model.rating.RatingGrade;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class MemberImportServiceTest {

    @Parameter
    TestDatabase kind;


    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path folder;

    private Database database;
    private MemberImportService importer;
    private RegisterService register;
    private Branch naPan;

    @BeforeEach
    void setUp() {
        database = kind.fresh(folder.resolve("data"));
        naPan = new BranchService(database).create(NA_PAN, BranchKind.VILLAGE, null);
        importer = new MemberImportService(database, () -> TODAY);
        register = new RegisterService(database);
    }

    @AfterEach
    void tearDown() {
        if (database != null) { // null when the PostgreSQL run is skipped
            database.close();
        }
    }

    private Path file(ClerkWorkbook book) throws Exception {
        return book.write(folder.resolve("danh-sach-" + System.nanoTime() + ".xlsx"));
    }

    private ImportProblem problemAt(ImportPlan plan, int row, String column) {
        return plan.problems().stream().filter(p -> p.row() == row && column.equals(p.column())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at row " + row + " column " + column + " in "
                        + plan.problems().stream().map(ImportProblem::format).toList()));
    }

    private Map<String, RegisterEntry> byName() {
        return register.loadRegister().stream().collect(Collectors.toMap(e -> e.name().full(), Function.identity()));
    }

    private MembershipState state(RegisterEntry entry, int year, int month, int day) {
        return entry.history().stateOn(LocalDate.of(year, month, day));
    }

    @Test
    void everyBadRowIsReportedWithSheetRowAndColumnAndNothingIsWritten() throws Exception {
        ImportPlan plan = importer.preview(file(ClerkWorkbook.withErrors()));

        assertTrue(plan.hasErrors());
        ImportProblem born = problemAt(plan, ClerkWorkbook.BIRTH_AFTER_ADMISSION, "Ngày vào Đảng");
        assertTrue(born.isError());
        assertEquals("Sheet 'Đảng viên', dòng 10, cột 'Ngày vào Đảng': Sự kiện \"Kết nạp\" ngày 01/01/1995 không thể"
                + " trước hoặc trùng ngày sinh 01/01/2000.", born.format());
        ImportProblem branch = problemAt(plan, ClerkWorkbook.NO_BRANCH, "Chi bộ");
        assertEquals("Chưa có giá trị (cột bắt buộc).", branch.message());
        ImportProblem date = problemAt(plan, ClerkWorkbook.BAD_DATE, "Ngày sinh");
        assertTrue(date.message().contains("\"31/02/2001\" không phải ngày có thật"), date.message());
        assertEquals(3, plan.errors().size(), plan.errors().toString());

        ImportRejected refused = assertThrows(ImportRejected.class,
                () -> importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false));
        assertTrue(refused.getMessage().contains("3 lỗi"), refused.getMessage());
        assertTrue(register.loadRegister().isEmpty(), "nothing written");
        assertEquals(1, new BranchService(database).all().size(), "no branch created");
    }

    @Test
    void warningsNameWhatWillBeFixedOrCreated() throws Exception {
        ImportPlan plan = importer.preview(file(ClerkWorkbook.clean()));

        assertFalse(plan.hasErrors(), plan.errors().toString());
        assertEquals("Họ và tên có khoảng trắng thừa; sẽ ghi là \"Trần Thị Bình\".",
                problemAt(plan, ClerkWorkbook.BINH, "Họ và tên").message());
        assertTrue(problemAt(plan, ClerkWorkbook.BINH, "Chi bộ").message()
                .startsWith("Chi bộ \"Chi bộ Trường Tiểu học\" chưa có trong dữ liệu; sẽ được tạo mới (loại: Trường học"));
        assertTrue(problemAt(plan, ClerkWorkbook.CUONG, "Số CCCD").message().contains("Sẽ ghi là \"001050001234\""));
        assertTrue(plan.problems().stream().anyMatch(p -> p.row() == 2 && p.message().contains("Số điện thoại")),
                "an unknown column is named");
        assertTrue(plan.problems().stream().noneMatch(p -> p.row() == ClerkWorkbook.AN),
                "a clean row has no problem, a numeric card of 8 digits included");

        ImportSummary summary = plan.summary();
        assertEquals(7, summary.newMembers());
        assertEquals(2, summary.newBranches(), "the school branch and the police branch of sheet Chi bộ");
        assertEquals(1, summary.updatedBranches(), "Nà Pàn gets its note");
        assertEquals(3, summary.memberRatings());
        assertEquals(2, summary.branchRatings());
        assertEquals(7 + 6 + 5, summary.newEvents(),
                "7 admissions, 6 recognitions, and a transfer in, an exemption, a death, a removal, a transfer out");
    }

    @Test
    void aCleanFileImportsWithTheRightStatusOnEachDate() throws Exception {
        ImportPlan plan = importer.preview(file(ClerkWorkbook.clean()));
        importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false);

        Map<String, RegisterEntry> people = byName();
        assertEquals(7, people.size());
        Map<String, Branch> branches = new BranchService(database).all().stream()
                .collect(Collectors.toMap(Branch::name, Function.identity()));
        Branch school = branches.get("Chi bộ Trường Tiểu học");
        assertEquals(BranchKind.SCHOOL, school.kind());
        assertEquals(BranchKind.POLICE, branches.get("Chi bộ Công an xã").kind());
        assertEquals(LocalDate.of(2000, 1, 1), branches.get("Chi bộ Công an xã").foundedOn());
        assertEquals("Thôn lớn nhất xã", branches.get(NA_PAN).note());

        RegisterEntry an = people.get("Nguyễn Văn An");
        assertEquals(LocalDate.of(1980, 3, 5), an.birthDate());
        assertEquals("12345678", an.cardNumber());
        assertEquals("001080012345", an.citizenId());
        assertEquals(MemberStatus.PROBATIONARY, state(an, 2005, 6, 1).status());
        assertEquals(new MembershipState(MemberStatus.OFFICIAL, naPan.id(), false, false), state(an, 2024, 1, 1));

        RegisterEntry binh = people.get("Trần Thị Bình");
        assertEquals("00123456", binh.cardNumber(), "leading zeros kept");
        assertEquals(LocalDate.of(1985, 7, 12), binh.birthDate());
        assertEquals(new MembershipState(MemberStatus.PROBATIONARY, school.id(), false, false), state(binh, 2024, 1, 1));

        RegisterEntry cuong = people.get("Lê Văn Cường");
        assertEquals(LocalDate.of(1950, 2, 1), cuong.birthDate());
        assertEquals("001050001234", cuong.citizenId());
        assertTrue(cuong.ethnicMinority());
        assertEquals(MemberStatus.OFFICIAL, state(cuong, 2019, 12, 31).status());
        assertEquals(MemberStatus.DIED, state(cuong, 2020, 2, 3).status());

        RegisterEntry dung = people.get("Phạm Thị Dung");
        assertEquals(MemberStatus.NOT_YET_MEMBER, state(dung, 2017, 1, 1).status(), "history starts at the transfer");
        assertEquals(new MembershipState(MemberStatus.OFFICIAL, naPan.id(), false, false), state(dung, 2019, 1, 1));

        assertTrue(state(people.get("Hoàng Văn Em"), 2020, 1, 1).exempt());
        assertTrue(state(people.get("Hoàng Văn Em"), 2020, 1, 1).countsInPartyStrength());
        assertEquals(MemberStatus.REMOVED, state(people.get("Vũ Văn Phúc"), 2013, 1, 1).status());
        assertEquals(MemberStatus.OFFICIAL, state(people.get("Đỗ Thị Giang"), 2021, 8, 31).status());
        assertEquals(MemberStatus.TRANSFERRED_OUT, state(people.get("Đỗ Thị Giang"), 2021, 9, 1).status());

        var anFile = register.loadMember(an.id());
        assertEquals(PoliticalTheory.INTERMEDIATE, anFile.member().profile().politicalTheory());
        assertEquals("Bí thư chi bộ", anFile.member().profile().note());
        assertEquals(null, anFile.member().religion());
        assertEquals("thư ký", anFile.history().events().get(0).recordedBy());
        assertEquals("Đảng bộ phường 10, quận 5", register.loadMember(dung.id()).history().events().stream()
                .filter(e -> e.type() == MembershipEventType.TRANSFERRED_IN).findFirst().orElseThrow()
                .otherOrganisation().name());

        List<MemberRating> ratings = database.read(r -> r.ratings().ofMembers(List.of(an.id(), binh.id())));
        assertTrue(ratings.contains(new MemberRating(an.id(), 2023, RatingGrade.EXCELLENT, 95, null)), ratings.toString());
        assertTrue(ratings.contains(new MemberRating(an.id(), 2022, RatingGrade.GOOD, null, null)), ratings.toString());
        assertTrue(ratings.contains(new MemberRating(binh.id(), 2023, RatingGrade.GOOD, null, null)), ratings.toString());
        List<BranchRating> branchRatings = database.read(r -> r.ratings().ofBranches());
        assertTrue(branchRatings.contains(new BranchRating(naPan.id(), 2023, RatingGrade.EXCELLENT, null)));
        assertTrue(branchRatings.contains(new BranchRating(branches.get("Chi bộ Công an xã").id(), 2023,
                RatingGrade.GOOD, null)));
    }

    @Test
    void importingTheSameListAgainCreatesNoDuplicatesAndReportsWhatChanges() throws Exception {
        Path first = file(ClerkWorkbook.clean());
        importer.apply(importer.preview(first), "thư ký", ImportProgress.NONE, () -> false);

        ImportPlan again = importer.preview(first);
        assertTrue(again.summary().isEmpty(), again.summary().lines().toString());
        assertEquals(7, again.summary().unchangedMembers());
        assertTrue(again.updates().isEmpty());

        ImportPlan later = importer.preview(file(ClerkWorkbook.clean().later()));
        assertFalse(later.hasErrors(), later.errors().toString());
        assertEquals(0, later.summary().newMembers());
        assertEquals(2, later.summary().updatedMembers());
        assertEquals(1, later.summary().newEvents());
        assertEquals(List.of("Ghi chú: \"Bí thư chi bộ\" → \"Nguyên bí thư chi bộ\""), updateOf(later, "Nguyễn Văn An"));
        assertEquals(List.of("thêm sự kiện Từ trần ngày 20/11/2023"), updateOf(later, "Hoàng Văn Em"));

        importer.apply(later, "thư ký", ImportProgress.NONE, () -> false);
        Map<String, RegisterEntry> people = byName();
        assertEquals(7, people.size(), "no duplicate");
        assertEquals(MemberStatus.DIED, state(people.get("Hoàng Văn Em"), 2024, 1, 1).status());
        assertEquals("Nguyên bí thư chi bộ", register.loadMember(people.get("Nguyễn Văn An").id()).member().profile().note());
        assertEquals(4, new BranchService(database).all().size() + 1, "no duplicate branch");
    }

    private static List<String> updateOf(ImportPlan plan, String who) {
        return plan.updates().stream().filter(u -> u.who().equals(who)).findFirst().orElseThrow().changes();
    }

    @Test
    void aMemberAlreadyInTheRegisterIsMatchedByCardNumberEvenUnderAnotherName() throws Exception {
        importer.apply(importer.preview(file(ClerkWorkbook.clean())), "thư ký", ImportProgress.NONE, () -> false);
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên")
                .row("Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng")
                .row("Trần Thị Bình Minh", "12/07/1985", "Nữ", "00123456", "Chi bộ Trường Tiểu học", "15/06/2010");
        ImportPlan plan = importer.preview(book.write(folder.resolve("doi-ten.xlsx")));
        assertEquals(0, plan.summary().newMembers());
        assertEquals(List.of("Họ và tên: \"Trần Thị Bình\" → \"Trần Thị Bình Minh\""), updateOf(plan, "Trần Thị Bình Minh"));
    }

    @Test
    void cancellingWhileWritingRollsEverythingBack() throws Exception {
        ImportPlan plan = importer.preview(file(ClerkWorkbook.clean()));
        AtomicInteger looks = new AtomicInteger();

        assertThrows(ImportCancelled.class,
                () -> importer.apply(plan, "thư ký", ImportProgress.NONE, () -> looks.incrementAndGet() > 4));

        assertTrue(register.loadRegister().isEmpty());
        assertEquals(1, new BranchService(database).all().size());
        assertTrue(database.read(r -> r.ratings().ofBranches()).isEmpty());
        List<int[]> reported = new ArrayList<>();
        importer.apply(plan, "thư ký", (done, total) -> reported.add(new int[] {done, total}), () -> false);
        assertEquals(7, register.loadRegister().size(), "the same preview still applies after a cancel");
        int[] last = reported.get(reported.size() - 1);
        assertEquals(7 + 3 + 2, last[1], "people and ratings");
        assertEquals(last[1], last[0]);
    }

    @Test
    void aPreviewIsNotAppliedWhenABranchItCreatesWasAddedSince() throws Exception {
        ImportPlan plan = importer.preview(file(ClerkWorkbook.clean()));
        new BranchService(database).create("Chi bộ Trường Tiểu học", BranchKind.SCHOOL, null);

        ImportRejected refused = assertThrows(ImportRejected.class,
                () -> importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false));
        assertEquals("Dữ liệu đã thay đổi từ lúc xem trước: Chi bộ Trường Tiểu học vừa được thêm ở nơi khác."
                + " Hãy xem trước lại rồi nhập. Không có gì được nhập.", refused.getMessage());
        assertTrue(register.loadRegister().isEmpty());
    }

    @Test
    void aPreviewIsNotAppliedWhenOneOfItsNewPeopleWasAddedSince() throws Exception {
        ImportPlan plan = importer.preview(file(ClerkWorkbook.clean()));
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên").row("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng")
                .row("Phạm Thị Dung", "01/01/1990", "Nữ", NA_PAN, "01/06/2015");
        importer.apply(importer.preview(book.write(folder.resolve("mot-nguoi.xlsx"))), "thư ký khác",
                ImportProgress.NONE, () -> false);

        ImportRejected refused = assertThrows(ImportRejected.class,
                () -> importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false));
        assertEquals("Dữ liệu đã thay đổi từ lúc xem trước: Phạm Thị Dung vừa được thêm vào sổ ở nơi khác."
                + " Hãy xem trước lại rồi nhập. Không có gì được nhập.", refused.getMessage());
        assertEquals(1, register.loadRegister().size(), "only the other clerk's person");
    }

    @Test
    void aChangeElsewhereInTheRegisterDoesNotStopAnImport() throws Exception {
        ImportPlan plan = importer.preview(file(ClerkWorkbook.clean()));
        new BranchService(database).create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, null);
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên").row("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng")
                .row("Đinh Văn Khác", "02/02/1972", "Nam", NA_PAN, "01/06/2015");
        importer.apply(importer.preview(book.write(folder.resolve("nguoi-khac.xlsx"))), "thư ký khác",
                ImportProgress.NONE, () -> false);

        importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false);

        assertEquals(1 + 7, register.loadRegister().size());
    }

    @Test
    void aPreviewIsNotAppliedWhenAPersonItExtendsGotAnEventSince() throws Exception {
        importer.apply(importer.preview(file(ClerkWorkbook.clean())), "thư ký", ImportProgress.NONE, () -> false);
        ImportPlan later = importer.preview(file(ClerkWorkbook.clean().later()));
        RegisterEntry em = register.loadRegister().stream().filter(e -> e.name().full().equals("Hoàng Văn Em"))
                .findFirst().orElseThrow();
        register.recordEvent(em.id(), vn.dangvu.model.MembershipEvent.of(MembershipEventType.EXEMPTION_ENDED,
                LocalDate.of(2023, 1, 10), null), "thư ký khác");

        ImportRejected refused = assertThrows(ImportRejected.class,
                () -> importer.apply(later, "thư ký", ImportProgress.NONE, () -> false));
        assertEquals("Dữ liệu đã thay đổi từ lúc xem trước: quá trình sinh hoạt của Hoàng Văn Em vừa được ghi thêm"
                + " hoặc sửa ở nơi khác. Hãy xem trước lại rồi nhập. Không có gì được nhập.", refused.getMessage());
    }

    @Test
    void aRatingOfSomeoneNowhereToBeFoundIsAnError() throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Xếp loại").row("Họ và tên", "Ngày sinh", "Năm", "Xếp loại")
                .row("Lý Văn Vắng", "01/01/1970", 2023, "Giỏi");
        ImportPlan plan = importer.preview(book.write(folder.resolve("xep-loai.xlsx")));
        assertEquals(List.of(
                "Sheet 'Xếp loại', dòng 2, cột 'Xếp loại': \"Giỏi\" không phải mức xếp loại (" + Vocabulary.GRADES + ")."),
                plan.errors().stream().map(ImportProblem::format).toList());
        book = new SpreadsheetMl();
        book.sheet("Xếp loại").row("Họ và tên", "Ngày sinh", "Năm", "Xếp loại")
                .row("Lý Văn Vắng", "01/01/1970", 2023, "Tốt");
        plan = importer.preview(book.write(folder.resolve("xep-loai-2.xlsx")));
        assertEquals(List.of("Sheet 'Xếp loại', dòng 2, cột 'Họ và tên': Không tìm thấy đảng viên (Lý Văn Vắng sinh"
                + " 01/01/1970) trong sheet 'Đảng viên' hay trong dữ liệu."),
                plan.errors().stream().map(ImportProblem::format).toList());
    }

    @Test
    void aWorkbookWithoutARequiredColumnSaysWhichOne() throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("DS").row("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ")
                .row("Nguyễn Văn An", "01/01/1970", "Nam", NA_PAN);
        ImportPlan plan = importer.preview(book.write(folder.resolve("thieu-cot.xlsx")));
        assertEquals(List.of("Sheet 'DS', dòng 1, cột 'Ngày vào Đảng': Thiếu cột bắt buộc \"Ngày vào Đảng\" ở dòng"
                + " tiêu đề (dòng 1)."), plan.errors().stream().map(ImportProblem::format).toList());
    }

    @Test
    void theColumnNumberLineOfOfficialFormsIsNotARow() throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên").row("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng")
                .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
                .row(1, "Nguyễn Văn An", "01/01/1970", "Nam", NA_PAN, "01/01/2000");
        ImportPlan plan = importer.preview(book.write(folder.resolve("so-cot.xlsx")));
        assertFalse(plan.hasErrors(), plan.errors().toString());
        assertEquals(1, plan.summary().newMembers());
    }

    @Test
    void twoRowsForOnePersonAreAnError() throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên").row("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng", "Số CCCD")
                .row("Nguyễn Văn An", "01/01/1970", "Nam", NA_PAN, "01/01/2000", "001070000001")
                .row("Nguyễn  Văn An", "01/01/1970", "Nam", NA_PAN, "01/01/2000", "001070000001");
        ImportPlan plan = importer.preview(book.write(folder.resolve("trung.xlsx")));
        assertEquals(List.of("Số CCCD 001070000001 trùng với dòng 2.",
                        "Trùng họ tên và ngày sinh với dòng 2; nếu là hai người khác nhau, hãy ghi số thẻ đảng viên của cả hai."),
                plan.errors().stream().map(ImportProblem::message).toList());
        assertNotNull(plan.summary());
    }
}
