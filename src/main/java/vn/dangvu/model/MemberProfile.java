package vn.dangvu.model;

import java.time.LocalDate;

/** The rest of Phiếu đảng viên (Mẫu 2-HSĐV): descriptive fields without rules of their own. */
public record MemberProfile(
        String birthName,
        String birthPlace,
        String homeTown,
        String permanentAddress,
        String temporaryAddress,
        String occupation,
        String generalEducation,
        String professionalLevel,
        String academicTitle,
        PoliticalTheory politicalTheory,
        String foreignLanguage,
        String itLevel,
        LocalDate youthUnionDate,
        String introducers,
        LocalDate armyEnlistedOn,
        LocalDate armyDischargedOn,
        String health,
        String warInvalidGrade,
        String familyMerit,
        String awards,
        String note) {

    public static final MemberProfile EMPTY = new Builder().build();

    public MemberProfile {
        if (politicalTheory == null) {
            politicalTheory = PoliticalTheory.NONE;
        }
        if (armyEnlistedOn != null && armyDischargedOn != null && armyDischargedOn.isBefore(armyEnlistedOn)) {
            throw new InvalidField("armyDischargedOn", "Ngày xuất ngũ " + DateFormats.format(armyDischargedOn)
                    + " trước ngày nhập ngũ " + DateFormats.format(armyEnlistedOn) + ".");
        }
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.birthName = birthName;
        b.birthPlace = birthPlace;
        b.homeTown = homeTown;
        b.permanentAddress = permanentAddress;
        b.temporaryAddress = temporaryAddress;
        b.occupation = occupation;
        b.generalEducation = generalEducation;
        b.professionalLevel = professionalLevel;
        b.academicTitle = academicTitle;
        b.politicalTheory = politicalTheory;
        b.foreignLanguage = foreignLanguage;
        b.itLevel = itLevel;
        b.youthUnionDate = youthUnionDate;
        b.introducers = introducers;
        b.armyEnlistedOn = armyEnlistedOn;
        b.armyDischargedOn = armyDischargedOn;
        b.health = health;
        b.warInvalidGrade = warInvalidGrade;
        b.familyMerit = familyMerit;
        b.awards = awards;
        b.note = note;
        return b;
    }

    /** Fields are public on purpose: a form or an importer fills only what it has. */
    public static final class Builder {
        public String birthName;
        public String birthPlace;
        public String homeTown;
        public String permanentAddress;
        public String temporaryAddress;
        public String occupation;
        public String generalEducation;
        public String professionalLevel;
        public String academicTitle;
        public PoliticalTheory politicalTheory = PoliticalTheory.NONE;
        public String foreignLanguage;
        public String itLevel;
        public LocalDate youthUnionDate;
        public String introducers;
        public LocalDate armyEnlistedOn;
        public LocalDate armyDischargedOn;
        public String health;
        public String warInvalidGrade;
        public String familyMerit;
        public String awards;
        public String note;

        public MemberProfile build() {
            return new MemberProfile(text(birthName), text(birthPlace), text(homeTown), text(permanentAddress),
                    text(temporaryAddress), text(occupation), text(generalEducation), text(professionalLevel),
                    text(academicTitle), politicalTheory, text(foreignLanguage), text(itLevel), youthUnionDate,
                    text(introducers), armyEnlistedOn, armyDischargedOn, text(health), text(warInvalidGrade),
                    text(familyMerit), text(awards), text(note));
        }

        private static String text(String value) {
            String cleaned = PersonName.clean(value);
            return cleaned.isEmpty() ? null : cleaned;
        }
    }
}
