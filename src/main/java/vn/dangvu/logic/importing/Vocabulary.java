package vn.dangvu.logic.importing;

import java.util.Optional;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;

/**
 * The words clerks write in the lists, in their variants (DOMAIN.md appendix A): any case,
 * with or without diacritics, full or abbreviated.
 */
final class Vocabulary {

    /** The full labels and abbreviations of the grades, folded once. */
    private static final java.util.Map<String, RatingGrade> GRADE_KEYS = new java.util.HashMap<>();

    static {
        for (RatingGrade grade : RatingGrade.values()) {
            GRADE_KEYS.put(ImportColumn.key(grade.abbreviation()), grade);
            GRADE_KEYS.put(ImportColumn.key(grade.label()), grade);
        }
    }

    private Vocabulary() {
    }

    /** Nam / nam / NAM, Nữ / nu. */
    static Optional<Sex> sex(String text) {
        return switch (ImportColumn.key(text)) {
            case "nam" -> Optional.of(Sex.MALE);
            case "nu" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    /**
     * Empty or "Không" is none; else sơ cấp, trung cấp, cao cấp, cử nhân (also inside a longer
     * phrase, or abbreviated SC, TC, CC, CN as official forms do).
     */
    static Optional<PoliticalTheory> politicalTheory(String text) {
        String key = ImportColumn.key(text);
        if (key.isEmpty() || key.equals("khong") || key.equals("khong co") || key.equals("chua co")) {
            return Optional.of(PoliticalTheory.NONE);
        }
        switch (key) {
            case "cn" -> {
                return Optional.of(PoliticalTheory.BACHELOR);
            }
            case "cc" -> {
                return Optional.of(PoliticalTheory.ADVANCED);
            }
            case "tc" -> {
                return Optional.of(PoliticalTheory.INTERMEDIATE);
            }
            case "sc" -> {
                return Optional.of(PoliticalTheory.ELEMENTARY);
            }
            default -> {
            }
        }
        if (key.contains("cu nhan")) {
            return Optional.of(PoliticalTheory.BACHELOR);
        }
        if (key.contains("cao cap")) {
            return Optional.of(PoliticalTheory.ADVANCED);
        }
        if (key.contains("trung cap")) {
            return Optional.of(PoliticalTheory.INTERMEDIATE);
        }
        if (key.contains("so cap")) {
            return Optional.of(PoliticalTheory.ELEMENTARY);
        }
        return Optional.empty();
    }

    /** Hình thức ra khỏi Đảng: xóa tên, khai trừ, xin ra khỏi Đảng. */
    static Optional<MembershipEventType> leaving(String text) {
        String key = ImportColumn.key(text);
        if (key.contains("xoa ten")) {
            return Optional.of(MembershipEventType.REMOVED);
        }
        if (key.contains("khai tru")) {
            return Optional.of(MembershipEventType.EXPELLED);
        }
        if (key.startsWith("xin ra") || key.equals("ra khoi dang") || key.equals("tu nguyen ra khoi dang")) {
            return Optional.of(MembershipEventType.RESIGNED);
        }
        return Optional.empty();
    }

    /**
     * The four grades: full text, abbreviation (HTXSNV, HTTNV, HTNV, KHTNV) or short form
     * ("Xuất sắc", "Tốt", "Hoàn thành", "Không hoàn thành"), and the labels of the years up to
     * 2017 (DOMAIN.md §9): members "Đủ tư cách, hoàn thành xuất sắc / tốt / hoàn thành nhiệm vụ"
     * and "Vi phạm tư cách", organisations "Trong sạch vững mạnh (tiêu biểu)" and "Yếu kém", each
     * the same rank as the grade in its place today.
     */
    static Optional<RatingGrade> grade(String text) {
        String key = ImportColumn.key(text);
        if (key.startsWith(FIT + " ")) {
            key = key.substring(FIT.length() + 1);
        }
        if (key.equals("vi pham tu cach") || key.equals("yeu kem")) {
            return Optional.of(RatingGrade.NOT_COMPLETED);
        }
        if (key.startsWith("trong sach vung manh") || key.equals("tsvm")) {
            return Optional.of(RatingGrade.EXCELLENT);
        }
        RatingGrade exact = GRADE_KEYS.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (key.contains("khong hoan thanh")) {
            return Optional.of(RatingGrade.NOT_COMPLETED);
        }
        if (key.contains("xuat sac")) {
            return Optional.of(RatingGrade.EXCELLENT);
        }
        if (key.equals("tot") || key.contains("hoan thanh tot")) {
            return Optional.of(RatingGrade.GOOD);
        }
        if (key.equals("hoan thanh") || key.startsWith("hoan thanh nhiem vu")) {
            return Optional.of(RatingGrade.COMPLETED);
        }
        return Optional.empty();
    }

    /** "Đủ tư cách", folded: the words before a member's grade up to 2017. */
    private static final String FIT = "du tu cach";

    static final String GRADES = "Hoàn thành xuất sắc nhiệm vụ (HTXSNV, Xuất sắc), Hoàn thành tốt nhiệm vụ (HTTNV, Tốt),"
            + " Hoàn thành nhiệm vụ (HTNV, Hoàn thành), Không hoàn thành nhiệm vụ (KHTNV, Không hoàn thành);"
            + " đến năm 2017: Đủ tư cách, hoàn thành xuất sắc / tốt / hoàn thành nhiệm vụ, Vi phạm tư cách,"
            + " Trong sạch vững mạnh, Yếu kém";

    /** Loại chi bộ by its label or a word of it: "Thôn", "Trường học", "Công an", ... */
    static Optional<BranchKind> branchKind(String text) {
        String key = ImportColumn.key(text);
        for (BranchKind kind : BranchKind.values()) {
            if (key.equals(ImportColumn.key(kind.label()))) {
                return Optional.of(kind);
            }
        }
        BranchKind guessed = BranchKind.guessFromName(text);
        if (guessed != BranchKind.OTHER) {
            return Optional.of(guessed);
        }
        return key.equals("khac") ? Optional.of(BranchKind.OTHER) : Optional.empty();
    }
}
