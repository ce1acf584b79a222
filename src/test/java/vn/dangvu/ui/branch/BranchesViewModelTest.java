package vn.dangvu.ui.branch;

import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;

class BranchesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    @TempDir
    Path folder;

    private Database database;
    private BranchService branches;
    private RegisterService register;
    private ScriptedDialogs dialogs;
    private BranchesViewModel viewModel;
    private int changes;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        branches = new BranchService(database);
        register = new RegisterService(database);
        dialogs = new ScriptedDialogs();
        viewModel = new BranchesViewModel(branches, new SynchronousBackground(), dialogs, "Văn phòng Đảng ủy",
                () -> TODAY);
        viewModel.setOnChanged(() -> changes++);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void loadsBranchesWithStatusAndCounts() {
        Branch dong = branches.create("Chi bộ thôn Đông", BranchKind.VILLAGE, LocalDate.of(1990, 1, 1));
        branches.create("Chi bộ Trường Tiểu học", BranchKind.SCHOOL, null);
        viewModel.load();

        assertEquals(List.of("Chi bộ thôn Đông", "Chi bộ Trường Tiểu học"), names(viewModel.rows()));
        BranchRow row = row("Chi bộ thôn Đông");
        assertEquals("Thôn, bản, khu phố", row.kindLabel());
        assertEquals(LocalDate.of(1990, 1, 1), row.foundedOn());
        assertEquals("Đang hoạt động", row.status());
        assertNull(row.memberCount());

        viewModel.setCountsByBranch(Map.of(dong.id(), 1234));
        assertEquals(1234, row("Chi bộ thôn Đông").memberCount());
        assertEquals(0, row("Chi bộ Trường Tiểu học").memberCount());
        assertEquals("1.234", BranchesViewModel.formatCount(1234));
        assertTrue(viewModel.statusTextProperty().get().contains("Đảng số: 1.234"),
                viewModel.statusTextProperty().get());
    }

    @Test
    void ordersNumbersAsNumbers() {
        branches.create("Chi bộ thôn 10", BranchKind.VILLAGE, null);
        branches.create("Chi bộ thôn 2", BranchKind.VILLAGE, null);
        branches.create("Chi bộ thôn 1", BranchKind.VILLAGE, null);
        viewModel.load();
        assertEquals(List.of("Chi bộ thôn 1", "Chi bộ thôn 2", "Chi bộ thôn 10"), names(viewModel.rows()));
    }

    @Test
    void addsABranchFromTheForm() {
        viewModel.load();
        viewModel.beginAdd();
        assertFalse(viewModel.newBranchValidProperty().get());
        assertEquals("Nhập tên chi bộ.", viewModel.newBranchErrorProperty().get());

        viewModel.newNameProperty().set("  Chi bộ   Công an xã ");
        viewModel.newKindProperty().set(BranchKind.POLICE);
        viewModel.newFoundedTextProperty().set("31/02/2020");
        assertFalse(viewModel.newBranchValidProperty().get());
        assertTrue(viewModel.newBranchErrorProperty().get().contains("không hợp lệ"));

        viewModel.newFoundedTextProperty().set("5/3/2020");
        assertTrue(viewModel.newBranchValidProperty().get(), viewModel.newBranchErrorProperty().get());
        assertTrue(viewModel.add());

        BranchRow row = row("Chi bộ Công an xã");
        assertEquals(BranchKind.POLICE, row.kind());
        assertEquals(LocalDate.of(2020, 3, 5), row.foundedOn());
        assertEquals(row, viewModel.selectedProperty().get());
        assertEquals(1, changes);
        assertTrue(dialogs.errors.isEmpty());

        viewModel.beginAdd();
        viewModel.newNameProperty().set("chi bộ công an xã");
        assertEquals("Đã có chi bộ tên \"chi bộ công an xã\".", viewModel.newBranchErrorProperty().get());
        assertFalse(viewModel.add());
        assertEquals(List.of("Đã có chi bộ tên \"chi bộ công an xã\"."), dialogs.errors);
        assertEquals(1, branches.all().size());
    }

    @Test
    void renamesFromADate() {
        branches.create("Chi bộ thôn Tây", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1));
        viewModel.load();
        assertTrue(viewModel.selectionMissingProperty().get());
        select("Chi bộ thôn Tây");
        assertFalse(viewModel.selectionMissingProperty().get());

        dialogs.texts.add(Optional.of("Chi bộ thôn Tây Sơn"));
        dialogs.dates.add(Optional.of(LocalDate.of(2024, 1, 1)));
        viewModel.rename();

        assertEquals(List.of("Chi bộ thôn Tây Sơn"), names(viewModel.rows()));
        assertEquals(List.of(TODAY), dialogs.offeredDates);
        assertEquals("Chi bộ thôn Tây Sơn", viewModel.selectedProperty().get().name());
        assertEquals("Đã đổi tên Chi bộ thôn Tây thành Chi bộ thôn Tây Sơn từ ngày 01/01/2024.",
                viewModel.messageProperty().get());
        assertEquals(1, changes);

        dialogs.texts.add(Optional.of("Chi bộ mới"));
        dialogs.dates.add(Optional.of(LocalDate.of(1999, 12, 31)));
        viewModel.rename();
        assertEquals(List.of("Ngày đổi tên 31/12/1999 trước ngày thành lập 01/01/2000 của Chi bộ thôn Tây Sơn."),
                dialogs.errors);
        assertEquals("Chi bộ thôn Tây Sơn", branches.all().get(0).name());
    }

    @Test
    void changesKind() {
        branches.create("Chi bộ Quân sự xã", BranchKind.OTHER, null);
        viewModel.load();
        select("Chi bộ Quân sự xã");
        dialogs.choices.add("Quân sự");
        viewModel.changeKind();
        assertEquals(BranchKind.MILITIA, row("Chi bộ Quân sự xã").kind());
        assertEquals(BranchKind.MILITIA, branches.all().get(0).kind());
    }

    @Test
    void dissolvedBranchesAreHiddenUnlessAskedFor() {
        branches.create("Chi bộ thôn Bắc", BranchKind.VILLAGE, LocalDate.of(1995, 5, 1));
        branches.create("Chi bộ thôn Nam", BranchKind.VILLAGE, null);
        viewModel.load();
        select("Chi bộ thôn Bắc");
        assertFalse(viewModel.selectionNotActiveProperty().get());

        dialogs.dates.add(Optional.of(LocalDate.of(2020, 3, 12)));
        dialogs.confirms.add(true);
        viewModel.dissolve();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(List.of("Chi bộ thôn Nam"), names(viewModel.rows()));
        assertNull(viewModel.selectedProperty().get());
        assertTrue(viewModel.selectionMissingProperty().get());
        assertEquals(2, viewModel.allRows().size());

        viewModel.showDissolvedProperty().set(true);
        assertEquals(List.of("Chi bộ thôn Bắc", "Chi bộ thôn Nam"), names(viewModel.rows()));
        assertEquals("Giải thể 12/03/2020", row("Chi bộ thôn Bắc").status());
        select("Chi bộ thôn Bắc");
        assertFalse(viewModel.selectionMissingProperty().get());
        assertTrue(viewModel.selectionNotActiveProperty().get());

        viewModel.showDissolvedProperty().set(false);
        assertEquals(List.of("Chi bộ thôn Nam"), names(viewModel.rows()));
        assertNull(viewModel.selectedProperty().get());
    }

    @Test
    void cancellingTheConfirmationChangesNothing() {
        branches.create("Chi bộ thôn Bắc", BranchKind.VILLAGE, null);
        viewModel.load();
        select("Chi bộ thôn Bắc");
        dialogs.dates.add(Optional.of(LocalDate.of(2020, 3, 12)));
        dialogs.confirms.add(false);
        viewModel.dissolve();
        assertNull(branches.all().get(0).dissolvedOn());
        assertEquals(0, changes);
    }

    @Test
    void refusedDissolveShowsTheReason() {
        Branch bac = branches.create("Chi bộ thôn Bắc", BranchKind.VILLAGE, null);
        admit("Nguyễn Văn An", bac, LocalDate.of(2020, 5, 19));
        viewModel.load();
        select("Chi bộ thôn Bắc");

        dialogs.dates.add(Optional.of(LocalDate.of(2025, 1, 1)));
        dialogs.confirms.add(true);
        viewModel.dissolve();

        assertEquals(1, dialogs.errors.size());
        assertEquals("Giải thể chi bộ", dialogs.errorTitles.get(0));
        assertTrue(dialogs.errors.get(0).startsWith("Chi bộ thôn Bắc còn 1 người sinh hoạt ngày 01/01/2025."),
                dialogs.errors.get(0));
        assertNull(branches.all().get(0).dissolvedOn());
        assertEquals(List.of("Chi bộ thôn Bắc"), names(viewModel.rows()));
        assertFalse(viewModel.busyProperty().get());
        assertEquals(0, changes);
    }

    @Test
    void mergesAndSaysHowManyMoved() {
        Branch bac = branches.create("Chi bộ thôn Bắc", BranchKind.VILLAGE, null);
        Branch nam = branches.create("Chi bộ thôn Nam", BranchKind.VILLAGE, null);
        Branch cu = branches.create("Chi bộ thôn Cũ", BranchKind.VILLAGE, null);
        branches.dissolve(cu.id(), LocalDate.of(2010, 1, 1));
        long an = admit("Nguyễn Văn An", bac, LocalDate.of(2015, 5, 19));
        admit("Trần Thị Bình", bac, LocalDate.of(2018, 2, 3));
        viewModel.load();
        select("Chi bộ thôn Bắc");

        assertEquals(List.of("Chi bộ thôn Nam"), viewModel.mergeTargets().stream().map(Branch::name).toList());
        dialogs.choices.add("Chi bộ thôn Nam");
        dialogs.dates.add(Optional.of(LocalDate.of(2025, 7, 1)));
        dialogs.confirms.add(true);
        viewModel.merge();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(List.of("Đã sáp nhập Chi bộ thôn Bắc vào Chi bộ thôn Nam từ ngày 01/07/2025. "
                + "Đã chuyển 2 đảng viên sang Chi bộ thôn Nam."), dialogs.infos);
        assertEquals(List.of("Chi bộ thôn Nam"), names(viewModel.rows()));
        assertEquals(nam.id(), viewModel.selectedProperty().get().id());
        assertEquals(1, changes);

        viewModel.showDissolvedProperty().set(true);
        assertEquals("Sáp nhập vào Chi bộ thôn Nam từ 01/07/2025", row("Chi bộ thôn Bắc").status());
        assertEquals("Giải thể 01/01/2010", row("Chi bộ thôn Cũ").status());
        Branch merged = branches.all().stream().filter(b -> b.id().equals(bac.id())).findFirst().orElseThrow();
        assertEquals(nam.id(), merged.mergedIntoId());

        MembershipEvent move = register.loadMember(an).history().events().stream()
                .filter(e -> e.type() == MembershipEventType.BRANCH_MOVED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 7, 1), move.date());
        assertEquals(nam.id(), move.branchId());
        assertEquals("Văn phòng Đảng ủy", move.recordedBy());
        assertEquals(nam.id(), register.loadMember(an).history().stateOn(LocalDate.of(2025, 7, 1)).branchId());
        assertEquals(bac.id(), register.loadMember(an).history().stateOn(LocalDate.of(2025, 6, 30)).branchId());
    }

    @Test
    void mergeWithoutAnotherActiveBranchIsExplained() {
        branches.create("Chi bộ thôn Bắc", BranchKind.VILLAGE, null);
        viewModel.load();
        select("Chi bộ thôn Bắc");
        viewModel.merge();
        assertEquals(List.of("Không có chi bộ nào khác đang hoạt động để sáp nhập Chi bộ thôn Bắc vào."),
                dialogs.errors);
    }

    // ---------------------------------------------------------------- helpers

    private long admit(String name, Branch branch, LocalDate on) {
        Member member = new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1985, 6, 1),
                null, null, null, null);
        return register.createMember(member,
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, on, branch.id())), "test").member().id();
    }

    private void select(String name) {
        viewModel.selectedProperty().set(row(name));
    }

    private BranchRow row(String name) {
        return viewModel.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + names(viewModel.rows())));
    }

    private static List<String> names(List<BranchRow> rows) {
        return rows.stream().map(BranchRow::name).toList();
    }
}
