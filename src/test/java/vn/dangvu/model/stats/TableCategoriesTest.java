package vn.dangvu.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.PoliticalTheory;

/** How recorded values fall into the lines of Biểu 2 and Biểu 3: one classifier for both. */
class TableCategoriesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "18/08/1945, BEFORE_AUGUST_1945",
        "19/08/1945, AUGUST_1945_TO_JULY_1954",
        "20/07/1954, AUGUST_1945_TO_JULY_1954",
        "21/07/1954, JULY_1954_TO_APRIL_1975",
        "30/04/1975, JULY_1954_TO_APRIL_1975",
        "01/05/1975, FROM_MAY_1975",
        "15/03/2024, FROM_MAY_1975",
    })
    void admissionPeriodByFirstAdmission(String date, AdmissionPeriod expected) {
        assertEquals(expected, AdmissionPeriod.of(DateFormats.parse(date).orElseThrow()));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(nullValues = "NULL", value = {
        "12/12, UPPER_SECONDARY", "10/12, UPPER_SECONDARY", "9/12, LOWER_SECONDARY", "6/12, LOWER_SECONDARY",
        "5/12, PRIMARY", "10/10, UPPER_SECONDARY", "8/10, UPPER_SECONDARY", "7/10, LOWER_SECONDARY",
        "5/10, LOWER_SECONDARY", "4/10, PRIMARY", "9/9, UPPER_SECONDARY", "' 12 / 12 ', UPPER_SECONDARY",
        "13/12, UNKNOWN", "0/12, UNKNOWN", "12/11, UNKNOWN", "Đại học, UNKNOWN", "'', UNKNOWN", "NULL, UNKNOWN",
        // the 9-year system before 1956: grade 9 of 9 ended upper secondary (cấp 3 was grades 8–9)
        "9/9, UPPER_SECONDARY", "7/9, LOWER_SECONDARY",
        // the grade with words around it
        "12/12 (bổ túc), UPPER_SECONDARY", "Lớp 9/12, LOWER_SECONDARY", "12/12 BTVH, UPPER_SECONDARY",
        // no grade: the level's name, written out or abbreviated
        "Tốt nghiệp THPT, UPPER_SECONDARY", "Trung học cơ sở, LOWER_SECONDARY", "thcs, LOWER_SECONDARY",
        "Tiểu học, PRIMARY", "lớp 9, UNKNOWN", "2012/13, UNKNOWN",
    })
    void generalEducationAgainstItsSchoolSystem(String recorded, GeneralEducation expected) {
        assertEquals(expected, GeneralEducation.of(recorded));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(nullValues = "NULL", value = {
        "NULL, NONE", "'', NONE", "Không, NONE", "Chưa qua đào tạo, NONE", "Sơ cấp, ELEMENTARY",
        "Trung cấp, INTERMEDIATE", "TRUNG CAP, INTERMEDIATE", "Cao đẳng, COLLEGE", "Đại học, UNIVERSITY",
        "Cử nhân Luật, UNIVERSITY", "Kỹ sư nông nghiệp, UNIVERSITY", "Thạc sĩ, MASTER", "Kỹ sư; thạc sĩ, MASTER",
        "Tiến sĩ, DOCTOR", "Công nhân kỹ thuật bậc 3, OTHER",
        // a physician's degree is a university degree, however it is spelt
        "Bác sĩ, UNIVERSITY", "Bác sỹ đa khoa, UNIVERSITY", "Đại học sư phạm, UNIVERSITY",
    })
    void professionalLevelFromTheRecordedText(String recorded, ProfessionalLevel expected) {
        assertEquals(expected, ProfessionalLevel.of(recorded));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"NONE, NONE", "ELEMENTARY, ELEMENTARY", "INTERMEDIATE, INTERMEDIATE", "ADVANCED, ADVANCED",
        "BACHELOR, ADVANCED"})
    void cửNhânCountsWithCaoCấp(PoliticalTheory recorded, TheoryLevel expected) {
        assertEquals(expected, TheoryLevel.of(recorded));
    }
}
