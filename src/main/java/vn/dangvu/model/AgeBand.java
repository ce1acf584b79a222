package vn.dangvu.model;

/** The eight age bands of Biểu 3. */
public enum AgeBand {
    UP_TO_30("18–30", 0, 30),
    FROM_31_TO_35("31–35", 31, 35),
    FROM_36_TO_40("36–40", 36, 40),
    FROM_41_TO_45("41–45", 41, 45),
    FROM_46_TO_50("46–50", 46, 50),
    FROM_51_TO_55("51–55", 51, 55),
    FROM_56_TO_60("56–60", 56, 60),
    OVER_60("Trên 60", 61, Integer.MAX_VALUE);

    /** values() copies the array on every call: the statistics ask once per person and period. */
    private static final AgeBand[] BANDS = values();

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public static AgeBand of(int age) {
        for (AgeBand band : BANDS) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        throw new IllegalArgumentException("Tuổi không hợp lệ: " + age);
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
