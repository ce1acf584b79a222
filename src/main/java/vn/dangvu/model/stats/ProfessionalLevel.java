package vn.dangvu.model.stats;

import vn.dangvu.model.VietnameseText;

/**
 * Trình độ chuyên môn as Biểu 2 and Biểu 3 both count it: the highest qualification named in the
 * recorded text ("Đại học", "Thạc sĩ", "Bác sĩ" is a university degree).
 */
public enum ProfessionalLevel {
    NONE("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    COLLEGE("Cao đẳng"),
    UNIVERSITY("Đại học"),
    MASTER("Thạc sĩ"),
    DOCTOR("Tiến sĩ"),
    OTHER("Khác");

    private final String label;

    ProfessionalLevel(String label) {
        this.label = label;
    }

    /** Highest level named wins: "Kỹ sư, thạc sĩ" is a master's degree. */
    public static ProfessionalLevel of(String recorded) {
        String text = VietnameseText.fold(recorded);
        if (text.isEmpty() || text.equals("khong") || text.startsWith("chua qua dao tao")) {
            return NONE;
        }
        if (text.contains("tien si") || text.contains("tien sy")) {
            return DOCTOR;
        }
        if (text.contains("thac si") || text.contains("thac sy")) {
            return MASTER;
        }
        if (text.contains("dai hoc") || text.contains("cu nhan") || text.contains("ky su") || text.contains("bac si")
                || text.contains("bac sy")) {
            return UNIVERSITY;
        }
        if (text.contains("cao dang")) {
            return COLLEGE;
        }
        if (text.contains("trung cap") || text.contains("trung hoc chuyen nghiep")) {
            return INTERMEDIATE;
        }
        return text.contains("so cap") ? ELEMENTARY : OTHER;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
