package vn.dangvu.model.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;

/**
 * Where each source branch goes (DOMAIN.md §17). Here: Chi bộ thôn 1 and thôn 2, and Chi bộ
 * Trường học dissolved in 2020. The source (Đảng bộ xã Hải Hà): Chi bộ thôn 1, thôn 3, thôn 4, and
 * Chi bộ thôn 2 dissolved before the join date. Expected: "source name:action:to:stored name" or
 * "source name:problem", one per source branch.
 */
class BranchPlanTest {

    private static final LocalDate JOIN = LocalDate.of(2025, 7, 1);
    private static final List<Branch> HERE = List.of(
            new Branch(1L, "Chi bộ thôn 1", BranchKind.VILLAGE, null, null, null, null),
            new Branch(2L, "Chi bộ thôn 2", BranchKind.VILLAGE, null, null, null, null),
            new Branch(3L, "Chi bộ Trường học", BranchKind.SCHOOL, null, LocalDate.of(2020, 6, 1), null, null));
    private static final List<SourceBranch> SOURCE = List.of(
            new SourceBranch(11, "Chi bộ thôn 1", true, 30),
            new SourceBranch(13, "Chi bộ thôn 3", true, 20),
            new SourceBranch(14, "Chi bộ thôn 4", true, 5),
            new SourceBranch(12, "Chi bộ thôn 2", false, 0));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "nothing mapped: a taken name is a problem, a dissolved one is bracketed; ;"
                    + " Chi bộ thôn 1:problem | Chi bộ thôn 3:new:Chi bộ thôn 3:Chi bộ thôn 3"
                    + " | Chi bộ thôn 4:new:Chi bộ thôn 4:Chi bộ thôn 4"
                    + " | Chi bộ thôn 2:renamed:Chi bộ thôn 2 (xã Hải Hà):Chi bộ thôn 2 (xã Hải Hà)",
            "into the branch of the same name here; Chi bộ thôn 1→Chi bộ thôn 1;"
                    + " Chi bộ thôn 1:into:Chi bộ thôn 1:Chi bộ thôn 1 (xã Hải Hà) | Chi bộ thôn 3:new:Chi bộ thôn 3:Chi bộ thôn 3"
                    + " | Chi bộ thôn 4:new:Chi bộ thôn 4:Chi bộ thôn 4"
                    + " | Chi bộ thôn 2:renamed:Chi bộ thôn 2 (xã Hải Hà):Chi bộ thôn 2 (xã Hải Hà)",
            "under the proposed name; Chi bộ thôn 1→Chi bộ thôn 1 (xã Hải Hà);"
                    + " Chi bộ thôn 1:renamed:Chi bộ thôn 1 (xã Hải Hà):Chi bộ thôn 1 (xã Hải Hà)"
                    + " | Chi bộ thôn 3:new:Chi bộ thôn 3:Chi bộ thôn 3 | Chi bộ thôn 4:new:Chi bộ thôn 4:Chi bộ thôn 4"
                    + " | Chi bộ thôn 2:renamed:Chi bộ thôn 2 (xã Hải Hà):Chi bộ thôn 2 (xã Hải Hà)",
            "into another branch of the same source; Chi bộ thôn 1→Chi bộ thôn 2 | CHI BO THON 4→thôn 3;"
                    + " Chi bộ thôn 1:into:Chi bộ thôn 2:Chi bộ thôn 1 (xã Hải Hà) | Chi bộ thôn 3:new:Chi bộ thôn 3:Chi bộ thôn 3"
                    + " | Chi bộ thôn 4:into:thôn 3:Chi bộ thôn 4 (xã Hải Hà)"
                    + " | Chi bộ thôn 2:renamed:Chi bộ thôn 2 (xã Hải Hà):Chi bộ thôn 2 (xã Hải Hà)",
            "not into a branch dissolved here, nor a dissolved one into any; Chi bộ thôn 1→Chi bộ Trường học"
                    + " | Chi bộ thôn 2→Chi bộ thôn 1;"
                    + " Chi bộ thôn 1:problem | Chi bộ thôn 3:new:Chi bộ thôn 3:Chi bộ thôn 3"
                    + " | Chi bộ thôn 4:new:Chi bộ thôn 4:Chi bộ thôn 4 | Chi bộ thôn 2:problem",
            "two source branches under one new name: the second joins the first; Chi bộ thôn 3→Chi bộ thôn Mới"
                    + " | Chi bộ thôn 4→Chi bộ thôn mới | Chi bộ thôn 1→Chi bộ thôn 1;"
                    + " Chi bộ thôn 1:into:Chi bộ thôn 1:Chi bộ thôn 1 (xã Hải Hà)"
                    + " | Chi bộ thôn 3:renamed:Chi bộ thôn Mới:Chi bộ thôn Mới"
                    + " | Chi bộ thôn 4:into:Chi bộ thôn mới:Chi bộ thôn 4 (xã Hải Hà)"
                    + " | Chi bộ thôn 2:renamed:Chi bộ thôn 2 (xã Hải Hà):Chi bộ thôn 2 (xã Hải Hà)"})
    void sendsEachSourceBranchWhereTheMapSays(String label, String map, String expected) {
        BranchPlan plan = BranchPlan.of(SOURCE, HERE, map(map), "Đảng bộ xã Hải Hà", JOIN);

        assertEquals(expected.strip(), String.join(" | ", plan.decisions().stream().map(d -> d.problem() != null
                ? d.from().name() + ":problem"
                : d.from().name() + ":" + d.action().code() + ":" + d.to() + ":" + d.storedName()).toList()), label);
    }

    @Test
    void theWindowProposesTheUnitInBracketsForATakenName() {
        assertEquals(Map.of("Chi bộ thôn 1", "Chi bộ thôn 1 (xã Hải Hà)", "Chi bộ thôn 3", "Chi bộ thôn 3",
                        "Chi bộ thôn 4", "Chi bộ thôn 4", "Chi bộ thôn 2", "Chi bộ thôn 2 (xã Hải Hà)"),
                BranchPlan.suggestions(SOURCE, HERE, "Đảng bộ xã Hải Hà"));
    }

    @Test
    void aProblemSaysWhatToDo() {
        BranchDecision thon1 = BranchPlan.of(SOURCE, HERE, Map.of(), "Đảng bộ xã Hải Hà", JOIN).problems().get(0);
        assertEquals("Đã có Chi bộ thôn 1 ở Đảng bộ: hãy chọn gộp vào chi bộ đó hay đặt tên mới (ví dụ \"Chi bộ thôn 1"
                + " (xã Hải Hà)\"); chi bộ không bao giờ được gộp mà không hỏi.", thon1.problem());
    }

    @Test
    void twoBranchesOfTheSourceWithOneNameAreAProblemThatSaysSo() {
        List<SourceBranch> twice = List.of(new SourceBranch(21, "Chi bộ thôn 7", true, 10),
                new SourceBranch(22, "Chi bộ Thôn 7", true, 12));

        List<BranchDecision> problems = BranchPlan.of(twice, HERE, Map.of(), "Đảng bộ xã Hải Hà", JOIN).problems();

        assertEquals(1, problems.size());
        assertEquals(22, problems.get(0).from().id());
        assertEquals("Dữ liệu của Đảng bộ xã Hải Hà có hai chi bộ cùng tên Chi bộ Thôn 7: hãy đổi tên một chi bộ"
                + " trong dữ liệu cũ rồi gộp lại.", problems.get(0).problem());
    }

    private static Map<String, String> map(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String pair : text.split("\\|")) {
            String[] parts = pair.split("→");
            map.put(parts[0].strip(), parts[1].strip());
        }
        return map;
    }
}
