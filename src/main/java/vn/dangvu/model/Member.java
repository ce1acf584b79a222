package vn.dangvu.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person in the register. Whether and where they are a member on a day is not here:
 * it is derived from their {@link MembershipHistory}.
 */
public record Member(Long id, int version, PersonName name, Sex sex, LocalDate birthDate,
                     String ethnicity, String religion, MemberIds ids, MemberProfile profile) {

    public static final String MAJORITY_ETHNICITY = "Kinh";

    public Member {
        Objects.requireNonNull(name, "name");
        if (sex == null) {
            throw new InvalidField("sex", "Chưa chọn giới tính.");
        }
        if (birthDate == null) {
            throw new InvalidField("birthDate", "Thiếu ngày sinh.");
        }
        ethnicity = PersonName.clean(ethnicity);
        if (ethnicity.isEmpty()) {
            ethnicity = MAJORITY_ETHNICITY;
        }
        religion = normaliseReligion(religion);
        ids = ids == null ? MemberIds.NONE : ids;
        profile = profile == null ? MemberProfile.EMPTY : profile;
    }

    /** Dân tộc thiểu số: any ethnicity other than Kinh. */
    public boolean ethnicMinority() {
        return isEthnicMinority(ethnicity);
    }

    public static boolean isEthnicMinority(String ethnicity) {
        return !VietnameseText.fold(ethnicity).equals(VietnameseText.fold(MAJORITY_ETHNICITY));
    }

    public boolean religious() {
        return religion != null;
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    public Member withId(long newId) {
        return new Member(newId, version, name, sex, birthDate, ethnicity, religion, ids, profile);
    }

    /** "Không", "Không có" and blank all mean no religion. */
    private static String normaliseReligion(String religion) {
        String cleaned = PersonName.clean(religion);
        String folded = VietnameseText.fold(cleaned);
        return cleaned.isEmpty() || folded.equals("khong") || folded.equals("khong co") ? null : cleaned;
    }
}
