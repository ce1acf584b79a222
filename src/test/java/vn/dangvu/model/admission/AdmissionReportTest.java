package vn.dangvu.model.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;

/** Kết nạp đảng viên qua các năm (seed 002's appendix) and Biểu 2. */
class AdmissionReportTest {

    private static Admission admission(LocalDate date, long branch, Sex sex, String ethnicity, LocalDate born,
                                       MemberProfile profile, boolean readmission) {
        return new Admission(new Member(null, 0, PersonName.parse("Nguyễn Văn An"), sex, born, ethnicity, null, null,
                profile), date, branch, readmission);
    }

    private static List<Admission> admissions(int year, int count, long branch) {
        List<Admission> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(admission(LocalDate.of(year, 1 + i % 12, 1 + i % 28), branch, Sex.MALE, "Kinh",
                    LocalDate.of(1995, 1, 1), null, false));
        }
        return list;
    }

    @ParameterizedTest(name = "{0}: {1} / {2} → {3}")
    @CsvSource({
        "2016, 300, 390, 130.00",
        "2017, 300, 333, 111.00",
        "2018, 250, 281, 112.40",
        // the seed prints 171,17 (cut); 291 / 170 = 171,176… rounds to 171,18
        "2019, 170, 291, 171.18",
    })
    void seed002Percentages(int year, int target, int achieved, String percent) {
        List<AdmissionYear> years = AdmissionReport.byYear(year, year, null,
                List.of(new AdmissionTarget(year, null, target)), admissions(year, achieved, 1));
        assertEquals(new AdmissionYear(year, target, achieved), years.get(0));
        assertEquals(new java.math.BigDecimal(percent), years.get(0).percent().orElseThrow());
    }

    @Test
    void yearsWithoutTargetAndTheTotalLine() {
        List<Admission> all = new ArrayList<>(admissions(2016, 390, 1));
        all.addAll(admissions(2017, 333, 2));
        all.addAll(admissions(2018, 5, 1));
        List<AdmissionTarget> targets = List.of(new AdmissionTarget(2016, null, 300), new AdmissionTarget(2017, null, 300),
                new AdmissionTarget(2017, 2L, 40));
        List<AdmissionYear> years = AdmissionReport.byYear(2016, 2018, null, targets, all);
        assertEquals(List.of(new AdmissionYear(2016, 300, 390), new AdmissionYear(2017, 300, 333),
                new AdmissionYear(2018, null, 5)), years);
        assertEquals(new AdmissionYear(0, 600, 728), AdmissionReport.total(years));
        assertEquals("121,33", NumberFormats.decimal2(AdmissionReport.total(years).percent().orElseThrow()));
        // a branch: its own target, its own admissions
        assertEquals(List.of(new AdmissionYear(2017, 40, 333)), AdmissionReport.byYear(2017, 2017, 2L, targets, all));
        assertEquals(java.util.Optional.empty(), years.get(2).percent());
    }
}
