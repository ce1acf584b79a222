package vn.dangvu.model;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tuổi đảng (DOMAIN.md §6): counted from the first admission decision (the ceremony when the
 * decision date is unknown), minus every interruption; shown with its working.
 *
 * @param start          the day party age counts from
 * @param fromDecision   whether {@code start} is the decision date (else the ceremony)
 * @param interruptions  the gaps, in order; the last may still be open
 */
public record PartyAge(LocalDate start, boolean fromDecision, List<Interruption> interruptions) {

    /** A time that does not count: out of the party until re-admitted, or between organisations on a transfer. */
    public record Interruption(LocalDate from, LocalDate until, String cause) {

        /** The gap in days as of a day (an open gap runs to it). */
        long daysOn(LocalDate day) {
            LocalDate end = until == null || until.isAfter(day) ? day : until;
            return end.isAfter(from) ? ChronoUnit.DAYS.between(from, end) : 0;
        }

        public String describe() {
            return cause + " " + format(from) + (until == null ? ", chưa trở lại" : " – " + format(until));
        }
    }

    public PartyAge {
        interruptions = List.copyOf(interruptions);
    }

    /** Party age from a history, empty when the person was never admitted. */
    public static Optional<PartyAge> of(MembershipHistory history) {
        LocalDate start = null;
        boolean fromDecision = false;
        LocalDate leftOn = null;
        String leftHow = null;
        List<Interruption> gaps = new ArrayList<>();
        for (MembershipEvent e : history.events()) {
            switch (e.type()) {
                case ADMITTED, READMITTED -> {
                    LocalDate decided = decisionDate(e);
                    if (start == null) {
                        start = decided == null ? e.date() : decided;
                        fromDecision = decided != null;
                    } else if (leftOn != null) {
                        gaps.add(new Interruption(leftOn, decided == null ? e.date() : decided, leftHow));
                        leftOn = null;
                    }
                }
                case REMOVED, EXPELLED, RESIGNED -> {
                    leftOn = e.date();
                    leftHow = e.type().label();
                }
                case RESTORED -> leftOn = null; // khôi phục đảng tịch: the gap counts as party age
                case TRANSFERRED_IN -> {
                    LocalDate letter = e.decision().date();
                    if (start != null && letter != null && letter.isBefore(e.date())) {
                        gaps.add(new Interruption(letter, e.date(), "Chuyển sinh hoạt"));
                    }
                }
                default -> { }
            }
        }
        if (start == null) {
            return Optional.empty();
        }
        if (leftOn != null) {
            gaps.add(new Interruption(leftOn, null, leftHow));
        }
        return Optional.of(new PartyAge(start, fromDecision, gaps));
    }

    /**
     * The day a person's party age is shown as of: the day they died or left the party (and did
     * not come back) when that was before {@code day}; otherwise {@code day}.
     */
    public static LocalDate shownUntil(MembershipHistory history, LocalDate day) {
        MemberStatus status = history.stateOn(day).status();
        if (status != MemberStatus.DIED && status != MemberStatus.REMOVED && status != MemberStatus.EXPELLED
                && status != MemberStatus.RESIGNED) {
            return day;
        }
        LocalDate ended = day;
        for (MembershipEvent e : history.events()) {
            boolean ending = switch (e.type()) {
                case DIED, REMOVED, EXPELLED, RESIGNED -> true;
                default -> false;
            };
            if (ending && !e.date().isAfter(day)) {
                ended = e.date();
            }
        }
        return ended;
    }

    private static LocalDate decisionDate(MembershipEvent e) {
        LocalDate decided = e.decision().date();
        return decided != null && !decided.isAfter(e.date()) ? decided : null;
    }

    /**
     * The day party age reaches {@code years}: the start plus the years, pushed later by every
     * interruption that began before it, day for day (a gap of 31/01–01/03 is 30 days in a leap
     * year, not "1 month 1 day"). Empty while the member is still out.
     */
    public Optional<LocalDate> reachedOn(int years) {
        LocalDate target = start.plusYears(years);
        for (Interruption gap : interruptions) {
            if (!gap.from().isBefore(target)) {
                break;
            }
            if (gap.until() == null) {
                return Optional.empty();
            }
            target = target.plusDays(ChronoUnit.DAYS.between(gap.from(), gap.until()));
        }
        return Optional.of(target);
    }

    /** Full years of party age at the end of a day. */
    public int yearsOn(LocalDate day) {
        if (day.isBefore(start)) {
            return 0;
        }
        int years = Period.between(start, day).getYears();
        while (years > 0 && reachedOn(years).map(d -> d.isAfter(day)).orElse(true)) {
            years--;
        }
        return years;
    }

    /** The days of interruption up to a day, added up. */
    public long gapDaysOn(LocalDate day) {
        long total = 0;
        for (Interruption gap : interruptions) {
            if (gap.from().isBefore(day)) {
                total += gap.daysOn(day);
            }
        }
        return total;
    }

    /** "từ 26/07/1990, trừ 426 ngày gián đoạn" as of a day. */
    public String explanation(LocalDate day) {
        long gap = gapDaysOn(day);
        return "từ " + format(start) + (gap == 0 ? "" : ", trừ " + NumberFormats.count(gap) + " ngày gián đoạn");
    }

    /** "35 năm (từ 26/07/1990, trừ 426 ngày gián đoạn)". */
    public String summaryOn(LocalDate day) {
        return yearsOn(day) + " năm (" + explanation(day) + ")";
    }

    /** The working line by line: the start and each interruption. */
    public List<String> workings() {
        List<String> lines = new ArrayList<>();
        lines.add("Tính từ " + format(start) + (fromDecision ? " (ngày quyết định kết nạp)" : " (ngày kết nạp; chưa có ngày quyết định)"));
        interruptions.forEach(gap -> lines.add("Không tính: " + gap.describe()));
        return lines;
    }
}
