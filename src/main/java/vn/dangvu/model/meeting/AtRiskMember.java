package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.model.PersonName;

/**
 * A member absent without reason in 3 or more months of a year: near the ground for removal
 * (xóa tên, QĐ24 8.1, DOMAIN.md §8) unless the clerk records a valid reason.
 *
 * @param absences the days of the meetings missed without reason
 */
public record AtRiskMember(long memberId, PersonName name, String branchName, List<LocalDate> absences) {

    public AtRiskMember {
        absences = List.copyOf(absences);
    }

    /** Months with an absence without reason (two meetings missed in one month count once). */
    public long months() {
        return absences.stream().map(java.time.YearMonth::from).distinct().count();
    }
}
