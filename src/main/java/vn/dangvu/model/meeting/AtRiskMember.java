package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dangvu.model.PersonName;

/**
 * A member without activity or fees and without a valid reason in some months of a year: on
 * the ground for removal (xóa tên, QĐ24 8.1, DOMAIN.md §8) from 3 months, approaching it before.
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

    /** Whether the months make the ground for removal (3 or more), rather than approach it. */
    public boolean reached() {
        return AtRiskMonths.reached(months());
    }
}
