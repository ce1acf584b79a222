package vn.dangvu.model.stats;

/** One branch with members at the end of the period, under the name it had then. */
public record BranchLine(long branchId, String name, Figure total, Figure official, Figure probationary) {
}
