package vn.dangvu.model.stats;

import vn.dangvu.model.PoliticalTheory;

/** Biểu 3: political theory as the tables group it; cao cấp and cử nhân are one line. */
public enum TheoryLevel {
    NONE("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    ADVANCED("Cao cấp, cử nhân");

    private final String label;

    TheoryLevel(String label) {
        this.label = label;
    }

    public static TheoryLevel of(PoliticalTheory theory) {
        return switch (theory == null ? PoliticalTheory.NONE : theory) {
            case NONE -> NONE;
            case ELEMENTARY -> ELEMENTARY;
            case INTERMEDIATE -> INTERMEDIATE;
            case ADVANCED, BACHELOR -> ADVANCED;
        };
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
