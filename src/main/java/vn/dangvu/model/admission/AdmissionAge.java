package vn.dangvu.model.admission;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangvu.model.CalendarMonths;
import vn.dangvu.model.DateFormats;

/**
 * Age at admission (QĐ24 §1, HD 12-HD/BTCTW): fully 18 to fully 60, counted in months at the
 * branch's consideration. Fully 60 is 720 full months: 60 years and some days is still within,
 * 60 years and one month is over (then a higher committee must decide).
 */
public final class AdmissionAge {

    public static final int MINIMUM_YEARS = 18;
    public static final int MAXIMUM_YEARS = 60;

    private AdmissionAge() {
    }

    public static boolean oldEnough(LocalDate birthDate, LocalDate admission) {
        return !admission.isBefore(birthDate.plusYears(MINIMUM_YEARS));
    }

    /** Full months of age on a day, with the month-end rule of {@link CalendarMonths}. */
    public static long monthsOld(LocalDate birthDate, LocalDate on) {
        return CalendarMonths.fullMonthsBetween(birthDate, on);
    }

    public static boolean withinWindow(LocalDate birthDate, LocalDate on) {
        long months = monthsOld(birthDate, on);
        return months >= MINIMUM_YEARS * 12L && months <= MAXIMUM_YEARS * 12L;
    }

    /** Why the person is outside 18–60 on that day, in Vietnamese, or empty when within. */
    public static Optional<String> windowProblem(LocalDate birthDate, LocalDate on) {
        if (withinWindow(birthDate, on)) {
            return Optional.empty();
        }
        long months = monthsOld(birthDate, on);
        String age = (months / 12) + " tuổi " + (months % 12) + " tháng";
        return Optional.of(months < MINIMUM_YEARS * 12L
                ? "Ngày " + DateFormats.format(on) + " mới " + age + ": chưa đủ " + MINIMUM_YEARS + " tuổi (tính theo tháng)."
                : "Ngày " + DateFormats.format(on) + " đã " + age + ": quá " + MAXIMUM_YEARS
                        + " tuổi (tính theo tháng), phải được cấp ủy cấp trên đồng ý.");
    }
}
