package vn.dangvu.model.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Kết nạp đảng viên qua các năm: targets against admissions, per year (seed 002's appendix). */
public final class AdmissionReport {

    private AdmissionReport() {
    }

    /**
     * @param branchId null for the whole committee (its own targets, every branch's admissions)
     */
    public static List<AdmissionYear> byYear(int fromYear, int toYear, Long branchId, List<AdmissionTarget> targets,
                                             List<Admission> admissions) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("Năm cuối " + toYear + " trước năm đầu " + fromYear + ".");
        }
        List<AdmissionYear> years = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            int y = year;
            Integer target = targets.stream().filter(t -> t.year() == y && Objects.equals(t.branchId(), branchId))
                    .map(AdmissionTarget::target).findFirst().orElse(null);
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            int achieved = (int) admissions.stream()
                    .filter(a -> !a.date().isBefore(first) && !a.date().isAfter(last))
                    .filter(a -> branchId == null || a.branchId() == branchId).count();
            years.add(new AdmissionYear(year, target, achieved));
        }
        return years;
    }

    /** The total line: all admissions, against the sum of the targets that were set. */
    public static AdmissionYear total(List<AdmissionYear> years) {
        boolean anyTarget = years.stream().anyMatch(y -> y.target() != null);
        int targets = years.stream().map(AdmissionYear::target).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        int achieved = years.stream().mapToInt(AdmissionYear::achieved).sum();
        return new AdmissionYear(0, anyTarget ? targets : null, achieved);
    }
}
