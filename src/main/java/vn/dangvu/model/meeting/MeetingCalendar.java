package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.model.Branch;

/**
 * A branch's year as a grid: for each month whether the regular meeting was held, is missing
 * (the month is over) or is still to come; for each quarter the same for the thematic meeting.
 * A month whose meeting was shorter than the minimum in force is flagged.
 */
public record MeetingCalendar(Branch branch, int year, List<Month> months, List<Quarter> quarters) {

    /** One month: the regular meeting's status and the meetings held in it. */
    public record Month(YearMonth month, MonthStatus regular, List<MeetingSummary> meetings, boolean tooShort) {
    }

    /** One quarter (1–4): the thematic meeting's status. */
    public record Quarter(int quarter, MonthStatus thematic) {
    }

    public MeetingCalendar {
        months = List.copyOf(months);
        quarters = List.copyOf(quarters);
    }

    /**
     * @param meetings the branch's meetings of the year (others are ignored)
     * @param today    months ending before it are over: a meeting not held in them is missing
     */
    public static MeetingCalendar of(Branch branch, int year, List<MeetingSummary> meetings, LocalDate today,
                                     MeetingLengthRules rules) {
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<MeetingSummary> held = meetings.stream()
                    .filter(s -> s.branchId() == branch.id() && s.month().equals(month)).toList();
            boolean regular = held.stream().anyMatch(s -> s.kind().regular());
            boolean tooShort = held.stream().anyMatch(s -> rules.shortfall(s.kind(), s.date(), s.startsAt(),
                    s.endsAt()).isPresent());
            months.add(new Month(month, status(regular, branch, month, month, today), held, tooShort));
        }
        List<Quarter> quarters = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            YearMonth first = YearMonth.of(year, q * 3 - 2);
            YearMonth last = YearMonth.of(year, q * 3);
            boolean thematic = months.subList(q * 3 - 3, q * 3).stream()
                    .flatMap(m -> m.meetings().stream()).anyMatch(s -> s.kind().thematic());
            quarters.add(new Quarter(q, status(thematic, branch, first, last, today)));
        }
        return new MeetingCalendar(branch, year, months, quarters);
    }

    private static MonthStatus status(boolean held, Branch branch, YearMonth first, YearMonth last, LocalDate today) {
        if (held) {
            return MonthStatus.HELD;
        }
        if (!activeDuring(branch, first.atDay(1), last.atEndOfMonth())) {
            return MonthStatus.NOT_DUE;
        }
        return last.atEndOfMonth().isBefore(today) ? MonthStatus.MISSING : MonthStatus.PLANNED;
    }

    /** The branch existed on at least one day of [start, end]. */
    public static boolean activeDuring(Branch branch, LocalDate start, LocalDate end) {
        return (branch.foundedOn() == null || !branch.foundedOn().isAfter(end))
                && (branch.dissolvedOn() == null || branch.dissolvedOn().isAfter(start));
    }

    /** Months whose regular meeting was due (held, or over and missing). */
    public long regularDue() {
        return months.stream().filter(m -> m.regular() == MonthStatus.HELD || m.regular() == MonthStatus.MISSING).count();
    }

    public long regularHeld() {
        return months.stream().filter(m -> m.regular() == MonthStatus.HELD).count();
    }

    public long thematicDue() {
        return quarters.stream().filter(q -> q.thematic() == MonthStatus.HELD || q.thematic() == MonthStatus.MISSING)
                .count();
    }

    public long thematicHeld() {
        return quarters.stream().filter(q -> q.thematic() == MonthStatus.HELD).count();
    }
}
