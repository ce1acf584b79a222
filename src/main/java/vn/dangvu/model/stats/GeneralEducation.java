package vn.dangvu.model.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangvu.model.VietnameseText;

/**
 * Giáo dục phổ thông as Biểu 2 and Biểu 3 both count it, from what the record says ("12/12",
 * "9/12 bổ túc", "7/10", "Tốt nghiệp THPT"). A grade is read against its system: 12 years
 * (grades 1–5, 6–9, 10–12), the northern 10-year system (1–4, 5–7, 8–10) or the 9-year system
 * before 1956 (1–4, 5–7, 8–9); without a grade, the level's name ("trung học phổ thông", "THCS").
 */
public enum GeneralEducation {
    PRIMARY("Tiểu học"),
    LOWER_SECONDARY("Trung học cơ sở"),
    UPPER_SECONDARY("Trung học phổ thông"),
    UNKNOWN("Chưa rõ");

    /** "12/12" anywhere in the text, not inside a longer number ("2012/13" is no grade). */
    private static final Pattern GRADE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*/\\s*(\\d{1,2})(?!\\d)");

    private final String label;

    GeneralEducation(String label) {
        this.label = label;
    }

    public static GeneralEducation of(String recorded) {
        if (recorded == null) {
            return UNKNOWN;
        }
        Matcher m = GRADE.matcher(recorded);
        if (m.find()) {
            return ofGrade(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        String text = VietnameseText.fold(recorded);
        if (text.contains("trung hoc pho thong") || text.contains("thpt")) {
            return UPPER_SECONDARY;
        }
        if (text.contains("trung hoc co so") || text.contains("thcs")) {
            return LOWER_SECONDARY;
        }
        return text.contains("tieu hoc") ? PRIMARY : UNKNOWN;
    }

    private static GeneralEducation ofGrade(int grade, int system) {
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
