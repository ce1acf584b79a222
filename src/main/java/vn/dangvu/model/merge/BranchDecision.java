package vn.dangvu.model.merge;

/**
 * Where a source branch goes.
 *
 * @param to          the branch it joins (INTO) or the name it has here from the join date (NEW, RENAMED)
 * @param intoHere    the id of the branch here it joins, for INTO an existing branch
 * @param intoSource  the source branch whose new branch it joins, for INTO a branch this merge creates
 * @param storedName  the name of its own record here: its name, the new name, or (joined into another)
 *                    its name with the former unit's in brackets so that it stays distinct
 * @param problem     why it cannot go as asked, null when it can
 */
public record BranchDecision(SourceBranch from, BranchAction action, String to, Long intoHere, Long intoSource,
                             String storedName, String problem) {

    /** "Chi bộ mới: Chi bộ thôn 5", "Gộp vào Chi bộ thôn 2", "Đổi tên thành …"; the problem when it has one. */
    public String describe() {
        if (problem != null) {
            return problem;
        }
        return action.label() + (action == BranchAction.NEW ? ": " : " ") + to;
    }

    /** Whether the record here is named otherwise than in the source, so the source's name is kept as its former name. */
    public boolean renamedHere() {
        return !storedName.equals(from.name());
    }
}
