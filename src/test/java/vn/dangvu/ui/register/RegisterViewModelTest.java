package vn.dangvu.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.export.ProducedWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterExports;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.register.RegisterFilter.StatusFilter;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;

class RegisterViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private RegisterViewModel viewModel;
    private ScriptedDialogs dialogs;
    private Branch napan;
    private Branch khonpat;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null);
        khonpat = branches.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, null);
        register = new RegisterService(database);
        CommitteeService committee = new CommitteeService(database);
        committee.save(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên"));
        dialogs = new ScriptedDialogs();
        viewModel = registerScreen(new SynchronousBackground());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private RegisterViewModel registerScreen(Background background) {
        return new RegisterViewModel(register, new BranchService(database), new RegisterExports(database), background,
                dialogs);
    }

    private long admit(String name, Sex sex, LocalDate born, LocalDate admitted, Branch branch,
                       MembershipEvent... later) {
        List<MembershipEvent> events = new java.util.ArrayList<>();
        events.add(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, branch.id()));
        events.addAll(List.of(later));
        return register.createMember(new Member(null, 0, PersonName.parse(name), sex, born, "Kinh", null,
                MemberIds.NONE, null), events, "test").member().id();
    }

    private List<String> shown() {
        return viewModel.lines().stream().map(RegisterLine::fullName).toList();
    }

    @Test
    void registerShowsTheMembershipOfTheChosenDay() {
        admit("Nguyễn Văn An", Sex.MALE, LocalDate.of(1970, 1, 1), LocalDate.of(2000, 5, 1), napan,
                MembershipEvent.of(MembershipEventType.DIED, LocalDate.of(2020, 3, 1), null));
        admit("Lê Thị Bình", Sex.FEMALE, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 5, 1), napan);
        viewModel.load();
        assertEquals(List.of("Lê Thị Bình"), shown(), "the dead member is no longer in đảng số today");

        viewModel.asOfProperty().set(LocalDate.of(2019, 12, 31));
        assertEquals(List.of("Nguyễn Văn An", "Lê Thị Bình"), shown());

        viewModel.asOfProperty().set(LocalDate.of(2010, 1, 1));
        assertEquals(List.of("Nguyễn Văn An"), shown(), "Bình was admitted in 2015");
        assertTrue(viewModel.statusTextProperty().get().contains("Đảng số ngày 01/01/2010: 1 đảng viên"),
                viewModel.statusTextProperty().get());
    }

    @Test
    void filtersCombineWithSearch() {
        admit("Nguyễn Văn Đức", Sex.MALE, LocalDate.of(1950, 1, 1), LocalDate.of(1975, 5, 1), napan);
        admit("Nguyễn Thị Đức", Sex.FEMALE, LocalDate.of(1995, 1, 1), LocalDate.of(2018, 5, 1), khonpat);
        admit("Trần Văn Hùng", Sex.MALE, LocalDate.of(1996, 1, 1), LocalDate.of(2019, 5, 1), khonpat);
        viewModel.load();
        viewModel.queryProperty().set("duc");
        assertEquals(2, shown().size());
        viewModel.sexProperty().set(Sex.FEMALE);
        assertEquals(List.of("Nguyễn Thị Đức"), shown());
        viewModel.clearFilters();
        viewModel.ageBandProperty().set(AgeBand.OVER_60);
        assertEquals(List.of("Nguyễn Văn Đức"), shown());
        viewModel.ageBandProperty().set(null);
        viewModel.branchProperty().set(viewModel.branches().stream()
                .filter(b -> b.id().equals(khonpat.id())).findFirst().orElseThrow());
        assertEquals(List.of("Nguyễn Thị Đức", "Trần Văn Hùng"), shown(), "in given-name order");
    }

    @Test
    void justSavedMemberStaysVisibleUntilTheFiltersChange() {
        admit("Trần Văn Hùng", Sex.MALE, LocalDate.of(1996, 1, 1), LocalDate.of(2019, 5, 1), khonpat);
        viewModel.load();
        viewModel.branchProperty().set(viewModel.branches().stream()
                .filter(b -> b.id().equals(khonpat.id())).findFirst().orElseThrow());
        long added = admit("Phạm Thị Lan", Sex.FEMALE, LocalDate.of(1990, 2, 2), LocalDate.of(2012, 3, 3), napan);
        boolean[] selected = {false};
        viewModel.memberSaved(added, () -> selected[0] = true);
        assertTrue(selected[0]);
        assertEquals(List.of("Trần Văn Hùng", "Phạm Thị Lan"), shown(),
                "the new member of another branch stays shown, in name order");

        viewModel.queryProperty().set("hung");
        assertEquals(List.of("Trần Văn Hùng"), shown(), "a new search applies to everyone again");
    }

    @Test
    void statusFilterFindsMembersWhoLeft() {
        admit("Nguyễn Văn An", Sex.MALE, LocalDate.of(1970, 1, 1), LocalDate.of(2000, 5, 1), napan,
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2001, 5, 1), null),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2020, 3, 1), null));
        viewModel.load();
        assertEquals(List.of(), shown());
        viewModel.statusProperty().set(StatusFilter.TRANSFERRED_OUT);
        assertEquals(List.of("Nguyễn Văn An"), shown());
        assertEquals("Đã chuyển đi", viewModel.lines().get(0).status());
        assertEquals("Chi bộ thôn Nà Pàn", viewModel.lines().get(0).branchName(), "the last branch is still shown");
    }

    @Test
    void countsPerBranchAreTheStrengthOfTheDay() {
        admit("Nguyễn Văn An", Sex.MALE, LocalDate.of(1970, 1, 1), LocalDate.of(2000, 5, 1), napan);
        admit("Lê Thị Bình", Sex.FEMALE, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 5, 1), napan);
        admit("Trần Văn Hùng", Sex.MALE, LocalDate.of(1996, 1, 1), LocalDate.of(2019, 5, 1), khonpat);
        viewModel.load();
        assertEquals(2, viewModel.countsByBranch().get(napan.id()));
        assertEquals(1, viewModel.countsByBranch().get(khonpat.id()));
    }

    @Test
    void excelExportWritesTheLinesOnScreenInTheTablesOrderWithTheFiltersInTheSubtitle() throws IOException {
        admit("Nguyễn Văn Đức", Sex.MALE, LocalDate.of(1950, 1, 1), LocalDate.of(1975, 5, 1), napan);
        admit("Nguyễn Thị Đức", Sex.FEMALE, LocalDate.of(1995, 1, 1), LocalDate.of(2018, 5, 1), khonpat);
        admit("Trần Văn Hùng", Sex.MALE, LocalDate.of(1996, 1, 1), LocalDate.of(2019, 5, 1), khonpat);
        viewModel.load();
        viewModel.asOfProperty().set(LocalDate.of(2025, 12, 31));
        viewModel.branchProperty().set(viewModel.branches().stream()
                .filter(b -> b.id().equals(khonpat.id())).findFirst().orElseThrow());
        // The clerk sorted the table by birth date, youngest first.
        viewModel.sortedLines().setComparator(Comparator.comparing(RegisterLine::birthDate).reversed());
        Path file = Files.createDirectories(folder.resolve("xuất")).resolve("danh sách.xlsx");
        dialogs.saveFiles.add(Optional.of(file));

        viewModel.exportToExcel();

        assertEquals(List.of("Danh sách đảng viên 31-12-2025.xlsx"), dialogs.suggestedFileNames);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Đã ghi danh sách 2 người vào tệp\n" + file), dialogs.infos);
        try (ProducedWorkbook produced = ProducedWorkbook.open(file)) {
            Sheet sheet = produced.sheet(0);
            List<String> texts = ProducedWorkbook.texts(sheet);
            assertTrue(texts.contains("Danh sách đảng viên đến ngày 31/12/2025: 2 người"), texts.toString());
            assertTrue(texts.contains("Trạng thái: Đang sinh hoạt (đảng số); chi bộ: Chi bộ thôn Khòn Pát"),
                    texts.toString());
            int header = ProducedWorkbook.rowStarting(sheet, "STT");
            assertEquals(List.of("", "Trần Văn Hùng", "", "Nam", "Chi bộ thôn Khòn Pát", "", "", "Dự bị"),
                    ProducedWorkbook.strings(sheet, header + 1, 8), "the youngest first, as sorted on screen");
            assertEquals("Nguyễn Thị Đức", sheet.getRow(header + 2).getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(1995, 1, 1),
                    sheet.getRow(header + 2).getCell(2).getLocalDateTimeCellValue().toLocalDate());
        }
        assertFalse(viewModel.exportingProperty().get());
    }

    @Test
    void cancellingTheFileChoiceWritesNothing() throws IOException {
        admit("Trần Văn Hùng", Sex.MALE, LocalDate.of(1996, 1, 1), LocalDate.of(2019, 5, 1), khonpat);
        viewModel.load();
        dialogs.saveFiles.add(Optional.empty());
        try (var before = Files.list(folder)) {
            List<Path> files = before.toList();
            viewModel.exportToExcel();
            try (var after = Files.list(folder)) {
                assertEquals(files, after.toList());
            }
        }
        assertEquals(List.of(), dialogs.infos);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void memberBookAsksForTheDayThenTheFile() throws IOException {
        admit("Trần Văn Hùng", Sex.MALE, LocalDate.of(1996, 1, 1), LocalDate.of(2019, 5, 1), khonpat);
        admit("Lê Thị Bình", Sex.FEMALE, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 5, 1), napan);
        viewModel.load();
        Path file = folder.resolve("Mẫu 7.xlsx");
        dialogs.dates.add(Optional.of(LocalDate.of(2018, 12, 31)));
        dialogs.saveFiles.add(Optional.of(file));

        viewModel.exportMemberBook();

        assertEquals(List.of(LocalDate.now()), dialogs.offeredDates, "today is offered first");
        assertEquals(List.of("Sổ danh sách đảng viên 31-12-2018.xlsx"), dialogs.suggestedFileNames);
        assertEquals(List.of("Đã ghi sổ danh sách 1 đảng viên vào tệp\n" + file), dialogs.infos,
                "Hùng was admitted in 2019");
        try (ProducedWorkbook produced = ProducedWorkbook.open(file)) {
            assertTrue(ProducedWorkbook.texts(produced.sheet(0)).contains("Lê Thị Bình\n01/01/1990"));
        }

        dialogs.dates.add(Optional.empty());
        viewModel.exportMemberBook();
        assertTrue(dialogs.saveFiles.isEmpty(), "no file is asked for once the day is cancelled");
        assertEquals(1, dialogs.infos.size());
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedInVietnamese() {
        admit("Trần Văn Hùng", Sex.MALE, LocalDate.of(1996, 1, 1), LocalDate.of(2019, 5, 1), khonpat);
        viewModel.load();
        Path file = folder.resolve("không có").resolve("danh sách.xlsx");
        dialogs.saveFiles.add(Optional.of(file));

        viewModel.exportToExcel();

        assertEquals(List.of("Xuất Excel"), dialogs.errorTitles);
        assertTrue(dialogs.errors.get(0).startsWith("Không ghi được tệp " + file), dialogs.errors.get(0));
        assertFalse(Files.exists(file));
        assertFalse(viewModel.exportingProperty().get(), "the export button is usable again");
    }

    /** Holds background work until the test runs it, as the app's single database thread would queue it. */
    private static final class QueuedBackground implements vn.dangvu.ui.Background {
        private final java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            queued.add(() -> new SynchronousBackground().run(work, onSuccess, onFailure));
        }

        void runNext() {
            queued.remove().run();
        }
    }

    @Test
    void theFirstPageIsShownWhileTheWholeRegisterLoads() {
        for (int i = 0; i < RegisterViewModel.FIRST_PAGE + 10; i++) {
            admit("Nguyễn Văn Bình", Sex.MALE, LocalDate.of(1970, 1, 1).plusDays(i),
                    LocalDate.of(2000, 5, 1), i % 2 == 0 ? napan : khonpat);
        }
        admit("Trần Văn An", Sex.MALE, LocalDate.of(1970, 1, 1), LocalDate.of(2000, 5, 1), napan);
        QueuedBackground background = new QueuedBackground();
        RegisterViewModel loading = registerScreen(background);
        loading.load();

        background.runNext();
        assertEquals(RegisterViewModel.FIRST_PAGE, loading.lines().size());
        assertEquals("Trần Văn An", loading.lines().get(0).fullName(), "given name first: An before Bình");
        assertTrue(loading.statusTextProperty().get().startsWith("Đang tải cả sổ đảng viên… (đang hiện 50 người đầu"),
                loading.statusTextProperty().get());
        loading.exportToExcel();
        assertEquals(List.of("Sổ đảng viên đang tải. Hãy xuất khi đã tải xong."), dialogs.infos,
                "half a register is never exported");

        background.runNext();
        assertEquals(RegisterViewModel.FIRST_PAGE + 11, loading.lines().size());
        assertTrue(loading.statusTextProperty().get().startsWith("Hiển thị 61 người"),
                loading.statusTextProperty().get());
    }
}
