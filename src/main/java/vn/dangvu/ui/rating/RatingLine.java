package vn.dangvu.ui.rating;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.rating.RatingCandidate;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;

/** One member's line of the rating grid: what is recorded, edited in place. */
public final class RatingLine {

    private final RatingCandidate candidate;
    private final RatingEntry saved;
    final ObjectProperty<RatingGrade> grade = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    final ObjectProperty<RatingGrade> selfGrade = new SimpleObjectProperty<>();
    final ObjectProperty<RatingGrade> proposedGrade = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> sickLeaveMonths = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");

    RatingLine(RatingCandidate candidate, RatingEntry saved) {
        this.candidate = candidate;
        this.saved = saved;
        if (saved != null) {
            grade.set(saved.grade());
            score.set(saved.score());
            selfGrade.set(saved.selfGrade());
            proposedGrade.set(saved.proposedGrade());
            sickLeaveMonths.set(saved.sickLeaveMonths());
            note.set(saved.note() == null ? "" : saved.note());
        }
    }

    public long memberId() {
        return candidate.memberId();
    }

    public String name() {
        return candidate.name().full();
    }

    public String birthDate() {
        return DateFormats.format(candidate.birthDate());
    }

    public Long branchId() {
        return candidate.branchId();
    }

    /** False for a member not to be rated whose line is shown only to clear a grade recorded anyway. */
    boolean mustBeRated() {
        return candidate.mustBeRated();
    }

    /** What the clerk should know about the member's situation on the rating day. */
    public String situation() {
        if (candidate.notRated() != null) {
            return "Không xếp loại: " + candidate.notRated().label().toLowerCase(java.util.Locale.ROOT);
        }
        return candidate.temporarilyAway() ? "Đang sinh hoạt tạm thời nơi khác: đánh giá tại chi bộ" : "";
    }

    public ObjectProperty<RatingGrade> gradeProperty() {
        return grade;
    }

    public ObjectProperty<Integer> scoreProperty() {
        return score;
    }

    public ObjectProperty<RatingGrade> selfGradeProperty() {
        return selfGrade;
    }

    public ObjectProperty<RatingGrade> proposedGradeProperty() {
        return proposedGrade;
    }

    /** Months of sick leave in the year (3 or more: at most HTNV), empty when none was recorded. */
    public ObjectProperty<Integer> sickLeaveMonthsProperty() {
        return sickLeaveMonths;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The line as it would be saved, or null when it has no grade. */
    RatingEntry entry(int year) {
        if (grade.get() == null) {
            return null;
        }
        return new RatingEntry(memberId(), year, branchId(), grade.get(), score.get(), selfGrade.get(),
                proposedGrade.get(), sickLeaveMonths.get(), note.get());
    }

    boolean changed(int year) {
        RatingEntry now = entry(year);
        return now == null ? saved != null : !now.equals(saved);
    }

    boolean wasSaved() {
        return saved != null;
    }
}
