package vn.dangvu.model.discipline;

/** The disciplinary forms of Điều lệ Đảng Điều 35 (hình thức kỷ luật), lightest first. */
public enum DisciplineForm {
    REPRIMAND("Khiển trách"),
    WARNING("Cảnh cáo"),
    DISMISSAL("Cách chức"),
    EXPULSION("Khai trừ");

    private final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Probationary members may only be reprimanded or warned (DOMAIN.md §8). */
    public boolean allowedForProbationary() {
        return this == REPRIMAND || this == WARNING;
    }

    @Override
    public String toString() {
        return label;
    }
}
