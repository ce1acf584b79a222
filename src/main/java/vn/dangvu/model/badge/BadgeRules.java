package vn.dangvu.model.badge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Huy hiệu Đảng rules an office may edit (DOMAIN.md §11): the round days of each year, the
 * milestones in years of party age, how early a seriously ill member or a posthumous award may
 * be proposed, how far back earlier candidates not yet awarded are listed, and where the wait
 * after a discipline counts from.
 */
public record BadgeRules(List<MonthDay> rounds, List<Integer> milestones, int illnessMonths,
                         int illnessMonthsFrom70, int posthumousMonths, int earlierYears,
                         DisciplineWait.Start disciplineWaitFrom) {

    /** Ốm nặng từ mốc 70 năm: up to 24 months early instead of 12. */
    private static final int LONGER_EARLY_FROM = 70;

    public static final BadgeRules STANDARD = new BadgeRules(
            List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7)),
            List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90), 12, 24, 12, 5, DisciplineWait.Start.DECISION);

    public BadgeRules {
        rounds = rounds.stream().sorted().distinct().toList();
        milestones = milestones.stream().sorted().distinct().toList();
        java.util.Objects.requireNonNull(disciplineWaitFrom, "disciplineWaitFrom");
        if (rounds.isEmpty() || milestones.isEmpty()) {
            throw new IllegalArgumentException("Phải có ít nhất một đợt xét tặng và một mốc tuổi đảng.");
        }
        if (milestones.get(0) <= 0) {
            throw new IllegalArgumentException("Mốc tuổi đảng phải là số năm dương.");
        }
    }

    public boolean isRound(LocalDate day) {
        return rounds.contains(MonthDay.from(day));
    }

    /** The round strictly before a day. */
    public LocalDate previousRound(LocalDate day) {
        for (int year = day.getYear(); ; year--) {
            for (int i = rounds.size() - 1; i >= 0; i--) {
                LocalDate round = rounds.get(i).atYear(year);
                if (round.isBefore(day)) {
                    return round;
                }
            }
        }
    }

    /** The round on or after a day. */
    public LocalDate nextRound(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (MonthDay md : rounds) {
                LocalDate round = md.atYear(year);
                if (!round.isBefore(day)) {
                    return round;
                }
            }
        }
    }

    public List<LocalDate> roundsIn(int year) {
        return rounds.stream().map(md -> md.atYear(year)).toList();
    }

    /** How many months before the milestone a seriously ill member may be proposed. */
    public int illnessMonthsFor(int milestone) {
        return milestone >= LONGER_EARLY_FROM ? illnessMonthsFrom70 : illnessMonths;
    }
}
