package vn.dangvu.model.stats;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/**
 * What the statistics need of one person: the attributes the tables break down by and the
 * history that says whether and where they are counted. Text fields are as recorded.
 *
 * @param religion   null when none
 * @param occupation null when not recorded
 * @param youthUnion whether a Youth Union date is recorded (đoàn viên, for Biểu 2)
 */
public record MemberFacts(long id, Sex sex, LocalDate birthDate, String ethnicity, String religion,
                          PoliticalTheory politicalTheory, String generalEducation, String professionalLevel,
                          String occupation, boolean youthUnion, MembershipHistory history) {

    public MemberFacts {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(history, "history");
        ethnicity = ethnicity == null || ethnicity.isBlank() ? Member.MAJORITY_ETHNICITY : ethnicity;
        religion = religion == null || religion.isBlank() ? null : religion;
        politicalTheory = politicalTheory == null ? PoliticalTheory.NONE : politicalTheory;
        occupation = occupation == null || occupation.isBlank() ? null : occupation;
    }
}
