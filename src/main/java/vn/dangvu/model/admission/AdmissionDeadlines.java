package vn.dangvu.model.admission;

import java.time.LocalDate;
import vn.dangvu.model.CalendarMonths;
import vn.dangvu.model.WorkingDays;

/**
 * The deadlines of admission and probation (QĐ24, HD 12-HD/BTCTW; DOMAIN.md §5 and appendix C).
 *
 * @param workingDays           the working-day calendar of the holiday table
 * @param certificateValidYears how long the political class certificate counts (5 under the
 *                              older guidance; configurable)
 */
public record AdmissionDeadlines(WorkingDays workingDays, int certificateValidYears) {

    public static final int PROBATION_MONTHS = 12;
    /** The admission decision within 60 working days of the branch resolution. */
    public static final int DECISION_WORKING_DAYS = 60;
    /** The ceremony within 30 working days of the decision. */
    public static final int CEREMONY_WORKING_DAYS = 30;
    /** The branch considers recognition within 30 working days after the 12 months. */
    public static final int RECOGNITION_WORKING_DAYS = 30;
    /** The committee decides the recognition within 30 working days of the branch's resolution. */
    public static final int RECOGNITION_DECISION_WORKING_DAYS = 30;
    /** Introductions and comments older than 12 months must be redone. */
    public static final int INTRODUCTION_VALID_MONTHS = 12;
    public static final int DEFAULT_CERTIFICATE_VALID_YEARS = 5;

    public AdmissionDeadlines {
        if (certificateValidYears < 1) {
            throw new IllegalArgumentException("Thời hạn giấy chứng nhận lớp bồi dưỡng phải từ 1 năm: "
                    + certificateValidYears + ".");
        }
    }

    /** The end of probation: 12 calendar months from the ceremony. */
    public static LocalDate probationEnds(LocalDate ceremony) {
        return CalendarMonths.after(ceremony, PROBATION_MONTHS);
    }

    /**
     * Ngày chính thức of a member recognised on time or late: always the exact end of the 12
     * months, never the day of the late decision.
     */
    public static LocalDate officialDate(LocalDate ceremony) {
        return probationEnds(ceremony);
    }

    public LocalDate recognitionDue(LocalDate probationEnds) {
        return workingDays.nthAfter(probationEnds, RECOGNITION_WORKING_DAYS);
    }

    public LocalDate recognitionDecisionDue(LocalDate branchResolution) {
        return workingDays.nthAfter(branchResolution, RECOGNITION_DECISION_WORKING_DAYS);
    }

    public LocalDate decisionDue(LocalDate branchResolution) {
        return workingDays.nthAfter(branchResolution, DECISION_WORKING_DAYS);
    }

    public LocalDate ceremonyDue(LocalDate decision) {
        return workingDays.nthAfter(decision, CEREMONY_WORKING_DAYS);
    }

    /** The last day a certificate issued on that day still counts, unless the certificate says otherwise. */
    public LocalDate certificateValidUntil(LocalDate issued) {
        return issued.plusYears(certificateValidYears).minusDays(1);
    }

    /**
     * The day the 12 months of an introduction (or comment) given on {@code introduced} end: a
     * branch considering the candidate on a later day needs it redone.
     */
    public static LocalDate introductionExpires(LocalDate introduced) {
        return CalendarMonths.after(introduced, INTRODUCTION_VALID_MONTHS);
    }
}
