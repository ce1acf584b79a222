package vn.dangvu.model;

/** Trình độ lý luận chính trị. */
public enum PoliticalTheory {
    NONE("Không"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    ADVANCED("Cao cấp"),
    BACHELOR("Cử nhân");

    private final String label;

    PoliticalTheory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
