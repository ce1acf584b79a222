package vn.dangvu.model.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Biểu 3: general education from what the record says ("12/12", "9/12", "7/10"). The grade
 * is read against its system: 12 years (grades 1–5, 6–9, 10–12), the northern 10-year system
 * (1–4, 5–7, 8–10) or the 9-year system before 1956 (1–4, 5–7, 8–9).
 */
public enum GeneralEducation {
    PRIMARY("Tiểu học"),
    LOWER_SECONDARY("Trung học cơ sở"),
    UPPER_SECONDARY("Trung học phổ thông"),
    UNKNOWN("Chưa rõ");

    private static final Pattern GRADE = Pattern.compile("\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*");

    private final String label;

    GeneralEducation(String label) {
        this.label = label;
    }

    public static GeneralEducation of(String recorded) {
        if (recorded == null) {
            return UNKNOWN;
        }
        Matcher m = GRADE.matcher(recorded);
        if (!m.matches()) {
            return UNKNOWN;
        }
        int grade = Integer.parseInt(m.group(1));
        int system = Integer.parseInt(m.group(2));
        if (grade < 1 || grade > system) {
            return UNKNOWN;
        }
        return switch (system) {
            case 12 -> grade <= 5 ? PRIMARY : grade <= 9 ? LOWER_SECONDARY : UPPER_SECONDARY;
            case 10, 9 -> grade <= 4 ? PRIMARY : grade <= 7 ? LOWER_SECONDARY : UPPER_SECONDARY;
            default -> UNKNOWN;
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
