package vn.dangvu.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.merge.FormerCommunes;
import vn.dangvu.logic.merge.MergeService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.merge.MergeViewModel.Phase;

/** The merge window's steps on Hải Hà's backup (FormerCommunes): branch, contradiction, merge. */
class MergeViewModelTest {

    @TempDir
    static Path sources;
    private static Path haiHa;

    @TempDir
    Path folder;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MergeViewModel viewModel;
    private int merged;

    @BeforeAll
    static void backUpHaiHa() {
        haiHa = FormerCommunes.haiHaBackup(sources.resolve("hai-ha"), true);
    }

    @BeforeEach
    void setUp() {
        database = Database.open(folder.resolve("data"));
        FormerCommunes.haiYen(database);
        viewModel = new MergeViewModel(new MergeService(database, new BackupService(database),
                FormerCommunes.papers(database),
                () -> java.time.LocalDate.of(2025, 8, 15), null), new SynchronousBackground(), dialogs, "thư ký");
        viewModel.setOnMerged(() -> merged++);
        dialogs.files.add(Optional.of(haiHa));
        viewModel.chooseFile();
    }

    @AfterEach
    void tearDown() {
        viewModel.close();
        database.close();
    }

    @Test
    void aBackupIsPreviewedAtOnceUnderItsCommitteesNameWithWhatIsToBeDecided() {
        assertEquals(Phase.PLANNED, viewModel.phaseProperty().get());
        assertEquals(FormerCommunes.HAI_HA, viewModel.unitNameProperty().get());
        MergeViewModel.BranchRow thon1 = viewModel.branches().get(0);
        assertEquals("Chi bộ thôn 1", thon1.from());
        assertTrue(thon1.problem());
        assertEquals("", thon1.to());
        assertEquals(List.of("Chi bộ thôn 1 (xã Hải Hà)", "Chi bộ thôn 1", "Chi bộ thôn 2"), thon1.offered());
        assertEquals(List.of(new MergeViewModel.ContradictionRow(mai(), "Trần Thị Mai (sinh 02/02/1968)", "Ngày vào Đảng",
                "12/03/1990", "15/03/1990", MergeViewModel.UNDECIDED)), viewModel.contradictions());
        assertEquals(2, viewModel.problems().size());
        assertFalse(viewModel.canMergeProperty().get());
    }

    @Test
    void onceEachChoiceIsMadeTheMergeWritesAndTheRegisterReloads() {
        viewModel.mapBranch("Chi bộ thôn 1", "Chi bộ thôn 1 (xã Hải Hà)");
        assertEquals("Đổi tên thành Chi bộ thôn 1 (xã Hải Hà)", viewModel.branches().get(0).result());
        assertFalse(viewModel.canMergeProperty().get());
        viewModel.settle(mai(), "Ngày vào Đảng", MergeViewModel.KEEP_HERE);
        assertEquals(MergeViewModel.KEEP_HERE, viewModel.contradictions().get(0).kept());
        assertTrue(viewModel.canMergeProperty().get(), viewModel.problems().toString());

        dialogs.confirms.add(true);
        viewModel.mergeNow();

        assertEquals(Phase.MERGED, viewModel.phaseProperty().get(), viewModel.statusProperty().get());
        assertEquals(7, new RegisterService(database).loadRegister().size());
        assertEquals(1, merged);
    }

    @Test
    void anotherJoinDateNeedsANewPreview() {
        viewModel.joinDateProperty().set(java.time.LocalDate.of(2025, 7, 2));

        assertEquals(Phase.OPENED, viewModel.phaseProperty().get());
        assertTrue(viewModel.branches().isEmpty());
        viewModel.preview();
        assertEquals(Phase.PLANNED, viewModel.phaseProperty().get());
    }

    @Test
    void aWorkbookOpenedNextWaitsForItsOwnUnitName() throws Exception {
        Path workbook = vn.dangvu.logic.importing.ClerkWorkbook.clean().write(folder.resolve("hai-lang.xlsx"));
        dialogs.files.add(Optional.of(workbook));

        viewModel.chooseFile();

        assertEquals(Phase.OPENED, viewModel.phaseProperty().get(), viewModel.summaryProperty().get());
        assertEquals("", viewModel.unitNameProperty().get());
        assertFalse(viewModel.canPreviewProperty().get());
        viewModel.unitNameProperty().set("Đảng bộ xã Hải Lạng");
        viewModel.preview();
        assertEquals(Phase.PLANNED, viewModel.phaseProperty().get());
        assertEquals(7, viewModel.planProperty().get().counts().newPeople());
    }

    private long mai() {
        return viewModel.contradictions().get(0).sourceId();
    }
}
