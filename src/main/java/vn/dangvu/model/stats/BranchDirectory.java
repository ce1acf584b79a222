package vn.dangvu.model.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.Branch;

/** The committee's branches, dissolved ones included, with the names they had before a rename. */
public final class BranchDirectory {

    /** The branch was called {@code name} up to and including {@code validUntil}. */
    public record FormerName(long branchId, String name, LocalDate validUntil) {
    }

    private final List<Branch> branches;
    private final Map<Long, Branch> byId = new HashMap<>();
    private final Map<Long, List<FormerName>> formerNames = new HashMap<>();

    public BranchDirectory(List<Branch> branches, List<FormerName> formerNames) {
        this.branches = List.copyOf(branches);
        for (Branch branch : this.branches) {
            byId.put(branch.id(), branch);
        }
        for (FormerName former : formerNames) {
            this.formerNames.computeIfAbsent(former.branchId(), id -> new ArrayList<>()).add(former);
        }
        this.formerNames.values().forEach(names -> names.sort(Comparator.comparing(FormerName::validUntil)));
    }

    public List<Branch> all() {
        return branches;
    }

    /** The name the branch had at the end of the day; "Chi bộ #id" for an id not on file. */
    public String nameOn(long branchId, LocalDate date) {
        for (FormerName former : formerNames.getOrDefault(branchId, List.of())) {
            if (!date.isAfter(former.validUntil())) {
                return former.name();
            }
        }
        Branch branch = byId.get(branchId);
        return branch == null ? "Chi bộ #" + branchId : branch.name();
    }
}
