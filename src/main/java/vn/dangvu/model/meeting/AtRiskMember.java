package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dangvu.model.PersonName;

/**
 * A member absent without reason in 3 or more months of a year: near the ground for removal
 * (xóa tên, QĐ24 8.1, DOMAIN.md §8) unless the clerk records a valid reason.
 *
 * @param absences    the days of the meetings missed without reason, in months with no valid reason
 * @param withoutFees the months without fees and no valid reason (from the fee book)
 */
public record AtRiskMember(long memberId, PersonName name, String branchName, List<LocalDate> absences,
                           Set<YearMonth> withoutFees) {

    public AtRiskMember {
        absences = List.copyOf(absences);
        withoutFees = Set.copyOf(withoutFees);
    }

    public AtRiskMember(long memberId, PersonName name, String branchName, List<LocalDate> absences) {
        this(memberId, name, branchName, absences, Set.of());
    }

    /** Months absent without reason or without fees (two meetings missed in one month count once). */
    public long months() {
        Set<YearMonth> months = new HashSet<>(withoutFees);
        absences.forEach(day -> months.add(YearMonth.from(day)));
        return months.size();
    }
}
