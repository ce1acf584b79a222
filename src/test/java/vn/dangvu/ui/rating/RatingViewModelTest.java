package vn.dangvu.ui.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** The rating screen's logic: who is on the grid, keyboard entry, the warnings, saving, the tables. */
class RatingViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RatingViewModel model;
    private long naPan;
    private long an;
    /** Exempt since 01/02/2023: not rated. */
    private long dung;

    @BeforeEach
    void committee() {
        database = Database.open(folder);
        register = new RegisterService(database);
        BranchService branches = new BranchService(database);
        naPan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        long school = branches.create("Chi bộ Trường Tiểu học", BranchKind.SCHOOL, LocalDate.of(2000, 1, 1)).id();
        an = member("Nguyễn Văn An", admitted("2010-01-10", naPan));
        member("Trần Thị Bình", admitted("2012-03-01", naPan));
        member("Lê Văn Cường", admitted("2015-05-05", naPan));
        dung = member("Hoàng Văn Dũng", admitted("2005-01-01", naPan));
        register.recordEvent(dung, MembershipEvent.of(MembershipEventType.EXEMPTED, LocalDate.of(2023, 2, 1), null), "thư ký");
        member("Phạm Thị Én", admitted("2024-08-15", naPan));
        member("Vũ Văn Giang", admitted("2011-01-01", school));
        model = new RatingViewModel(TestServices.on(database).ratings(), new SynchronousBackground(), dialogs,
                TestServices.USER);
        model.yearProperty().set(2024);
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void gridHoldsTheBranchsMembersWhoMustBeRatedAndTheOthersApartWithTheReason() {
        assertEquals("Chi bộ thôn Nà Pàn", model.branchProperty().get().name());
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường").stream().sorted().toList(),
                model.lines().stream().map(RatingLine::name).sorted().toList());
        assertEquals(List.of("Hoàng Văn Dũng — Miễn công tác và sinh hoạt đảng",
                "Phạm Thị Én — Kết nạp chưa đủ 6 tháng đến ngày đánh giá"), model.notRated().stream().sorted().toList());
        assertTrue(model.regimeTextProperty().get().contains("124-QĐ/TW"));
    }

    @Test
    void aGradeRecordedForAnExemptMemberIsShownToBeClearedAndWarned() {
        TestServices.on(database).ratings().saveMembers(2024, List.of(new RatingEntry(dung, 2024, naPan,
                RatingGrade.COMPLETED, null, null, null, null, null)), List.of(), "nhập từ Excel");
        model.load();
        RatingLine line = model.lines().stream().filter(l -> l.name().equals("Hoàng Văn Dũng")).findFirst().orElseThrow();
        assertEquals("Không xếp loại: miễn công tác và sinh hoạt đảng", line.situation());
        assertTrue(model.notRated().contains("Hoàng Văn Dũng — Miễn công tác và sinh hoạt đảng (đã có xếp loại trong bảng)"),
                model.notRated().toString());
        assertEquals(List.of("Hoàng Văn Dũng không thuộc diện xếp loại (miễn công tác và sinh hoạt đảng) nhưng đã có xếp"
                + " loại \"Hoàn thành nhiệm vụ\": bỏ xếp loại này (phím Backspace) hoặc kiểm tra lại."), model.warnings());
        assertTrue(model.statusProperty().get().contains("đã xếp loại 0/4"), "he is not one of those to rate");
        model.setGrade(line, null);
        assertEquals(List.of(), model.warnings());
    }

    @Test
    void sickLeaveOfThreeMonthsIsWarnedAndSavedWithTheLine() {
        RatingLine first = model.lines().stream().filter(l -> l.name().equals("Nguyễn Văn An")).findFirst().orElseThrow();
        model.key(first, "t");
        first.sickLeaveMonthsProperty().set(3);
        assertEquals(List.of("Nguyễn Văn An nghỉ ốm 3 tháng trong năm nhưng được xếp loại \"Hoàn thành tốt nhiệm vụ\":"
                + " nghỉ ốm từ 3 tháng trở lên chỉ xếp loại cao nhất \"Hoàn thành nhiệm vụ\"."), model.warnings());
        model.save();
        model.load();
        RatingLine again = model.lines().stream().filter(l -> l.name().equals("Nguyễn Văn An")).findFirst().orElseThrow();
        assertEquals(3, again.sickLeaveMonthsProperty().get());
        assertEquals(1, model.warnings().size(), "the grade is kept; the warning stays until the clerk decides");
    }

    @Test
    void keyboardEntryMovesOnAndSaves() {
        List<RatingLine> lines = List.copyOf(model.lines());
        assertTrue(model.key(lines.get(0), "t"));
        assertTrue(model.key(lines.get(1), "2"));
        assertTrue(model.key(lines.get(2), "H"));
        assertFalse(model.key(lines.get(2), "q"), "other keys do nothing");
        assertTrue(model.hasChanges());
        model.save();

        assertFalse(model.hasChanges());
        assertEquals(List.of(RatingGrade.GOOD, RatingGrade.GOOD, RatingGrade.COMPLETED),
                model.lines().stream().map(l -> l.gradeProperty().get()).toList());
        assertTrue(model.statusProperty().get().contains("đã xếp loại 3/4"), model.statusProperty().get());
    }

    @Test
    void from2025AScoreTypedThenEnterSetsTheGradeOfItsBand() {
        model.yearProperty().set(2025);
        model.load();
        RatingLine first = model.lines().get(0);
        assertFalse(model.key(first, "8"));
        assertFalse(model.key(first, "9"));
        assertEquals("89", model.typingProperty().get());
        assertTrue(model.key(first, "\r"));
        assertEquals(89, first.scoreProperty().get());
        assertEquals(RatingGrade.GOOD, first.gradeProperty().get());
        model.setGrade(first, RatingGrade.EXCELLENT);
        assertNull(first.scoreProperty().get(), "a grade set by hand no longer matches the score");
    }

    @Test
    void theKeyHelpFollowsTheYearsRegime() {
        String fourGrades = model.keyHelpProperty().get();
        assertTrue(fourGrades.contains("X hoặc 1: Hoàn thành xuất sắc nhiệm vụ"), fourGrades);
        assertFalse(fourGrades.contains("điểm"), fourGrades);

        model.yearProperty().set(2025);
        model.load();
        String scored = model.keyHelpProperty().get();
        assertTrue(scored.startsWith("Chọn một dòng, gõ điểm (0–100) rồi Enter"), scored);
        assertFalse(scored.contains("hoặc 1"), "digits type the score in scored years: " + scored);

        model.yearProperty().set(2016);
        model.load();
        String old = model.keyHelpProperty().get();
        assertTrue(old.contains("K hoặc 4: Vi phạm tư cách"), old);
    }

    @Test
    void eachCheckWarnsAndExplainsWithoutChangingTheGrade() {
        database.write(r -> r.discipline().insert(new Discipline(null, an, DisciplineForm.REPRIMAND,
                LocalDate.of(2024, 6, 3), null, "vi phạm"), "thư ký"));
        model.load();
        RatingLine anLine = model.lines().stream().filter(l -> l.memberId() == an).findFirst().orElseThrow();
        model.lines().forEach(l -> model.setGrade(l, RatingGrade.GOOD));
        model.setGrade(anLine, RatingGrade.EXCELLENT);
        model.branchLines().stream().filter(b -> b.branchId() == naPan).findFirst().orElseThrow()
                .gradeProperty().set(RatingGrade.EXCELLENT);
        model.lines().get(model.lines().indexOf(anLine) == 0 ? 1 : 0).gradeProperty().set(RatingGrade.COMPLETED);

        List<String> warnings = List.copyOf(model.warnings());
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Có 1 đảng viên \"Hoàn thành xuất sắc nhiệm vụ\", vượt 20%"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("Nguyễn Văn An bị kỷ luật khiển trách ngày 03/06/2024"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("Chi bộ thôn Nà Pàn được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\""),
                warnings.get(2));
        assertEquals(RatingGrade.EXCELLENT, anLine.gradeProperty().get(), "the grade is left as entered");
    }

    @Test
    void organisationsAndDistributionExport() {
        List.copyOf(model.lines()).forEach(l -> model.key(l, "T"));
        model.branchLines().forEach(b -> b.gradeProperty().set(RatingGrade.GOOD));
        model.committeeGradeProperty().set(RatingGrade.GOOD);
        model.save();
        assertEquals(RatingGrade.GOOD, model.committeeGradeProperty().get());

        model.fromYear.set("2023");
        model.toYear.set("2024");
        model.loadDistribution();
        DistributionLine committee2024 = model.distribution().get(1);
        assertEquals("2024", committee2024.year());
        assertEquals("3", committee2024.count(RatingGrade.GOOD));
        assertEquals("100,00%", committee2024.share(RatingGrade.GOOD));
        assertEquals("3/3, đạt 100,0%", committee2024.goodOrBetter());
        assertTrue(model.distribution().stream().anyMatch(l -> l.scope().equals("Tổ chức đảng") && l.year().equals("2024")
                && l.count(RatingGrade.GOOD).equals("2")));

        Path file = folder.resolve("xep-loai.xlsx");
        dialogs.saveFiles.add(Optional.of(file));
        model.exportDistribution();
        assertTrue(file.toFile().length() > 0);
        assertTrue(model.statusProperty().get().startsWith("Đã ghi bảng tổng hợp xếp loại"));
    }

    @Test
    void theWorkbookOfTheYearsTypedIsWrittenWithoutShowingTheTablesFirst() {
        List.copyOf(model.lines()).forEach(l -> model.key(l, "X"));
        model.save();
        model.fromYear.set("2024");
        model.toYear.set("2024");
        Path file = folder.resolve("xep-loai-2024.xlsx");
        dialogs.saveFiles.add(Optional.of(file));
        model.exportDistribution();
        assertTrue(file.toFile().length() > 0);
        assertEquals("Đã ghi bảng tổng hợp xếp loại 2024–2024 vào " + file + ".", model.statusProperty().get());
    }

    private long member(String name, List<MembershipEvent> events) {
        Member member = new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1980, 3, 15), "Kinh", null, null,
                new MemberProfile.Builder().build());
        return register.createMember(member, events, "thư ký").member().id();
    }

    private static List<MembershipEvent> admitted(String date, long branch) {
        return List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.parse(date), branch));
    }
}
