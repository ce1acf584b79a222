package vn.dangvu.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.TestDatabase;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.RegisterEntry;

/**
 * Clerks importing at the same moment on one PostgreSQL server, each with its own connections
 * (issue 21): previewed before any is written, then written at once. Before, the bulk insert moved
 * the identity sequences with ALTER TABLE, and two of three such imports failed with a raw
 * "deadlock detected".
 */
class ImportsSideBySideTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path folder;

    private final List<Database> clerks = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clerks.add(TestDatabase.POSTGRESQL.fresh(folder.resolve("thu-ky-0")));
        for (int c = 1; c < 3; c++) {
            clerks.add(TestDatabase.POSTGRESQL.reopen(folder.resolve("thu-ky-" + c)));
        }
    }

    @AfterEach
    void tearDown() {
        clerks.forEach(Database::close);
    }

    @Test
    void threeListsOfThreeBranchesImportedAtOnceAllSucceed() throws Exception {
        List<ImportPlan> plans = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            plans.add(importer(c).preview(list(c, 300, "Chi bộ thôn " + (c + 1))));
        }

        List<Object> outcomes = applyAtOnce(plans);

        assertTrue(outcomes.stream().allMatch(o -> o instanceof ImportSummary), outcomes.toString());
        assertEquals(900, new RegisterService(clerks.get(0)).loadRegister().size());
        assertEquals(3, clerks.get(0).read(r -> r.branches().all()).size());
    }

    @Test
    void twoListsWithTheSamePersonOneIsWrittenTheOtherRefusedWhole() throws Exception {
        ImportPlan first = importer(0).preview(list(0, 50, "Chi bộ thôn 1"));
        ImportPlan second = importer(1).preview(list(1, 50, "Chi bộ thôn 2", "7" + 0 + "000007"));

        List<Object> outcomes = applyAtOnce(List.of(first, second));

        List<String> refusals = outcomes.stream().filter(o -> !(o instanceof ImportSummary)).map(Object::toString).toList();
        assertEquals(1, refusals.size(), outcomes.toString());
        assertTrue(refusals.get(0).startsWith("ImportRejected: Dữ liệu đã thay đổi từ lúc xem trước: ")
                && refusals.get(0).endsWith(" vừa được thêm vào sổ ở nơi khác. Hãy xem trước lại rồi nhập."
                + " Không có gì được nhập."), refusals.get(0));
        List<RegisterEntry> register = new RegisterService(clerks.get(0)).loadRegister();
        assertEquals(50, register.size(), "one list whole, nothing of the other");
        assertEquals(1, clerks.get(0).read(r -> r.branches().all()).size());
    }

    private MemberImportService importer(int clerk) {
        return new MemberImportService(clerks.get(clerk), () -> TODAY);
    }

    /** Applies the plans in threads released together; each outcome is the summary or "Class: message". */
    private List<Object> applyAtOnce(List<ImportPlan> plans) throws Exception {
        CyclicBarrier start = new CyclicBarrier(plans.size());
        ExecutorService threads = Executors.newFixedThreadPool(plans.size());
        List<Future<Object>> running = new ArrayList<>();
        for (int c = 0; c < plans.size(); c++) {
            MemberImportService importer = importer(c);
            ImportPlan plan = plans.get(c);
            running.add(threads.submit(() -> {
                start.await(60, TimeUnit.SECONDS);
                try {
                    return importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false);
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> outcome : running) {
            outcomes.add(outcome.get(120, TimeUnit.SECONDS));
        }
        threads.shutdown();
        return outcomes;
    }

    /**
     * A branch's list of new people, card numbers 7 + clerk + row; the last row takes
     * {@code sharedCard} instead when given (a person on another clerk's list too).
     */
    private Path list(int clerk, int rows, String branch, String... sharedCard) throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        SpreadsheetMl.Sheet members = book.sheet("Đảng viên");
        members.row("Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng");
        for (int i = 0; i < rows; i++) {
            boolean shared = sharedCard.length > 0 && i == rows - 1;
            int person = shared ? 7 : i;
            members.row("Lò Văn " + (shared ? "Chung" : "Người " + clerk + " " + i),
                    LocalDate.of(1960, 1, 1).plusDays(shared ? 7 : clerk * 1000L + i).toString(), "Nam",
                    shared ? sharedCard[0] : "7" + clerk + String.format("%06d", person), branch, "01/02/2000");
        }
        return book.write(folder.resolve("ds-" + clerk + ".xlsx"));
    }
}
