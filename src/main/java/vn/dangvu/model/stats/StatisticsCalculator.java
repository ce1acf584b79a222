package vn.dangvu.model.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.Branch;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.rating.RatingGrade;

/**
 * Computes the period statistics (DOMAIN.md §4, §14, appendix B) from people and their
 * histories: one pass over everyone for the period and one for the same period last year,
 * each replaying a person's history once. Pure: no database, no clock.
 */
public final class StatisticsCalculator {

    private static final List<ChangeLine> INCREASES =
            List.of(ChangeLine.ADMITTED, ChangeLine.TRANSFERRED_IN, ChangeLine.RESTORED);
    private static final List<ChangeLine> DECREASES = List.of(ChangeLine.DIED, ChangeLine.EXPELLED,
            ChangeLine.REMOVED, ChangeLine.RESIGNED, ChangeLine.TRANSFERRED_OUT);

    private StatisticsCalculator() {
    }

    public static StatisticsReport compute(StatisticsInput input, StatisticsPeriod period) {
        if (input.ratings().year() != period.ratingYear() || input.lastYearRatings().year() != period.ratingYear() - 1) {
            throw new IllegalArgumentException("Xếp loại phải của năm " + period.ratingYear() + " và năm trước đó.");
        }
        Classifier classifier = new Classifier(input.scopes());
        PeriodTally now = tally(input, period, input.ratings(), classifier);
        PeriodTally before = tally(input, period.sameLastYear(), input.lastYearRatings(), classifier);
        return new StatisticsReport(input.committee(), period, change(now, before), newMembers(now, before),
                members(now, before),
                breakdown(now.ethnicities, before.ethnicities), breakdown(now.religions, before.religions),
                branches(now, before, input.branches(), period), ratings(now, before, period.ratingYear()),
                input.combined().headingFrom(period.sameLastYear().from()));
    }

    private static PeriodTally tally(StatisticsInput input, StatisticsPeriod period, YearRatings ratings,
                                     Classifier classifier) {
        PeriodTally tally = new PeriodTally(period, ratings, classifier);
        for (MemberFacts person : input.members()) {
            tally.add(person);
        }
        for (Branch branch : input.branches().all()) {
            tally.add(branch);
        }
        return tally;
    }

    private static ChangeTable change(PeriodTally now, PeriodTally before) {
        for (PeriodTally tally : List.of(now, before)) {
            INCREASES.forEach(line -> tally.change.get(ChangeLine.INCREASES).addAll(tally.change.get(line)));
            DECREASES.forEach(line -> tally.change.get(ChangeLine.DECREASES).addAll(tally.change.get(line)));
        }
        return new ChangeTable(figures(ChangeLine.class, now.change, before.change));
    }

    private static NewMemberTable newMembers(PeriodTally now, PeriodTally before) {
        return new NewMemberTable(figures(NewMemberLine.class, now.admitted, before.admitted),
                figures(AgeBand.class, now.admittedAges, before.admittedAges),
                figures(GeneralEducation.class, now.admittedEducation, before.admittedEducation),
                figures(ProfessionalLevel.class, now.admittedProfessions, before.admittedProfessions),
                breakdown(now.occupations, before.occupations));
    }

    private static MembershipTable members(PeriodTally now, PeriodTally before) {
        return new MembershipTable(figures(MembershipLine.class, now.lines, before.lines),
                figures(AgeBand.class, now.ageBands, before.ageBands),
                AverageFigure.of(now.ageSum, now.lines.get(MembershipLine.TOTAL).size(),
                        before.ageSum, before.lines.get(MembershipLine.TOTAL).size()),
                figures(AdmissionPeriod.class, now.admissionPeriods, before.admissionPeriods),
                figures(GeneralEducation.class, now.generalEducation, before.generalEducation),
                figures(ProfessionalLevel.class, now.professionalLevels, before.professionalLevels),
                figures(TheoryLevel.class, now.theory, before.theory));
    }

    /** Rows found in either period, largest first this period, then last year, then by name. */
    private static Breakdown breakdown(Map<String, PeriodTally.Group> now, Map<String, PeriodTally.Group> before) {
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        List<Breakdown.Row> rows = new ArrayList<>();
        for (String key : keys) {
            PeriodTally.Group current = now.get(key);
            PeriodTally.Group last = before.get(key);
            rows.add(new Breakdown.Row(current != null ? current.label : last.label,
                    Figure.of(current == null ? IdList.EMPTY : current.ids.toArray(),
                            last == null ? IdList.EMPTY : last.ids.toArray())));
        }
        rows.sort(Comparator.comparingInt((Breakdown.Row r) -> -r.figure().value())
                .thenComparingInt(r -> -r.figure().lastYear())
                .thenComparing(Breakdown.Row::label, NameOrder.textOrder()));
        return new Breakdown(rows);
    }

    /** Branches with members at the end of the period, named as on that day, in Vietnamese order. */
    private static List<BranchLine> branches(PeriodTally now, PeriodTally before, BranchDirectory directory,
                                             StatisticsPeriod period) {
        List<BranchLine> lines = new ArrayList<>();
        for (Map.Entry<Long, PeriodTally.BranchCount> entry : now.branches.entrySet()) {
            long id = entry.getKey();
            PeriodTally.BranchCount current = entry.getValue();
            PeriodTally.BranchCount last = before.branches.getOrDefault(id, new PeriodTally.BranchCount());
            lines.add(new BranchLine(id, directory.nameOn(id, period.to()),
                    Figure.of(current.total.toArray(), last.total.toArray()),
                    Figure.of(current.official.toArray(), last.official.toArray()),
                    Figure.of(current.probationary.toArray(), last.probationary.toArray())));
        }
        lines.sort(Comparator.comparing(BranchLine::name, NameOrder.textOrder()).thenComparingLong(BranchLine::branchId));
        return lines;
    }

    private static RatingTable ratings(PeriodTally now, PeriodTally before, int year) {
        return new RatingTable(year, figures(RatingGrade.class, now.memberGrades, before.memberGrades),
                Figure.of(now.membersNotRated.toArray(), before.membersNotRated.toArray()),
                figures(RatingGrade.class, now.branchGrades, before.branchGrades),
                Figure.of(now.branchesNotRated.toArray(), before.branchesNotRated.toArray()));
    }

    private static <K extends Enum<K>> Figures<K> figures(Class<K> keys, EnumMap<K, IdList> now,
                                                          EnumMap<K, IdList> before) {
        EnumMap<K, Figure> figures = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            figures.put(key, Figure.of(now.get(key).toArray(), before.get(key).toArray()));
        }
        return new Figures<>(figures);
    }
}
