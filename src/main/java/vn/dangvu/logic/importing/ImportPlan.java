package vn.dangvu.logic.importing;

import java.util.List;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.rating.BranchRating;
import vn.dangvu.model.rating.MemberRating;

/**
 * The preview of an import: every problem found, what would be created and changed, and the
 * writes themselves, ready to apply in one transaction if there is no error. New branches and
 * members carry provisional negative ids (-1, -2, ...) until they are written; events and
 * ratings refer to them by those ids.
 */
public final class ImportPlan {

    /** One person row to write: a new person, or changes to one already in the register. */
    record PlannedMember(int row, Member member, boolean isNew, boolean changed, List<MembershipEvent> newEvents) {
    }

    private final String fileName;
    private final List<ImportProblem> problems;
    private final ImportSummary summary;
    private final List<ImportUpdate> updates;
    /** What the preview relied on, checked again before writing. */
    final ImportBasis basis;
    final List<Branch> newBranches;
    final List<Branch> changedBranches;
    final List<PlannedMember> members;
    final List<MemberRating> memberRatings;
    final List<BranchRating> branchRatings;

    ImportPlan(String fileName, List<ImportProblem> problems, ImportSummary summary, List<ImportUpdate> updates,
               ImportBasis basis, List<Branch> newBranches, List<Branch> changedBranches,
               List<PlannedMember> members, List<MemberRating> memberRatings, List<BranchRating> branchRatings) {
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
        this.summary = summary;
        this.updates = List.copyOf(updates);
        this.basis = basis;
        this.newBranches = List.copyOf(newBranches);
        this.changedBranches = List.copyOf(changedBranches);
        this.members = List.copyOf(members);
        this.memberRatings = List.copyOf(memberRatings);
        this.branchRatings = List.copyOf(branchRatings);
    }

    public String fileName() {
        return fileName;
    }

    /** Errors and warnings in the order of the workbook. */
    public List<ImportProblem> problems() {
        return problems;
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(p -> !p.isError());
    }

    public ImportSummary summary() {
        return summary;
    }

    /** The records that exist and will change, with what changes. */
    public List<ImportUpdate> updates() {
        return updates;
    }

    /** Rows written, for the progress bar: people, then ratings. */
    int workSize() {
        return members.size() + memberRatings.size() + branchRatings.size();
    }
}
