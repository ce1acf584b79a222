package vn.dangvu.ui.rating;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.dangvu.model.Branch;
import vn.dangvu.model.rating.RatingGrade;

/** A branch's line of the organisations tab: its grade for the year, edited in place. */
public final class BranchGradeLine {

    private final Branch branch;
    final ObjectProperty<RatingGrade> grade = new SimpleObjectProperty<>();

    BranchGradeLine(Branch branch, RatingGrade grade) {
        this.branch = branch;
        this.grade.set(grade);
    }

    public long branchId() {
        return branch.id();
    }

    public String name() {
        return branch.name();
    }

    public ObjectProperty<RatingGrade> gradeProperty() {
        return grade;
    }
}
