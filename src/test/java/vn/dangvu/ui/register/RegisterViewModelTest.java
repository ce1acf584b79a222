package vn.dangvu.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.BranchService;
import vn.dangvu.logic.RegisterService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterFilter.StatusFilter;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestContexts;

class RegisterViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private RegisterViewModel viewModel;
    private Branch napan;
    private Branch khonpat;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null);
        khonpat = branches.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, null);
        register = new RegisterService(database);
        viewModel = new RegisterViewModel(TestContexts.of(database, new SynchronousBackground(),
                new ScriptedDialogs()));
    }

    @AfterEach
    void tearDown() {
        database.close();
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
}
