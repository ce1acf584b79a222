package vn.dangvu.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.committee.CommitteeHistory;
import vn.dangvu.model.merge.CombinedUnits;
import vn.dangvu.model.merge.FormerUnit;
import vn.dangvu.model.stats.BranchDirectory;
import vn.dangvu.model.stats.CombinedFigures;
import vn.dangvu.model.stats.MemberFacts;
import vn.dangvu.model.stats.StatisticsCalculator;
import vn.dangvu.model.stats.StatisticsInput;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;
import vn.dangvu.model.stats.TransferScopeRule;
import vn.dangvu.model.stats.TransferScopes;

/**
 * The period statistics report: loads people, events, branches and ratings in a few queries,
 * then computes every table in memory. The report is computed once and handed to whatever
 * renders it (JSON, Excel, the screen). A merged committee's figures are those of its former
 * units combined (decision 0018); transfer scopes follow the units of each transfer's date
 * (decision 0019). Call from the task runner.
 */
public final class StatisticsService {

    private final Database database;
    private final List<TransferScopeRule> scopeRules;

    /** With the transfer scope rules shipped with the application. */
    public StatisticsService(Database database) {
        this(database, RuleTables.transferScopeRules(null));
    }

    public StatisticsService(Database database, List<TransferScopeRule> scopeRules) {
        this.database = database;
        this.scopeRules = List.copyOf(scopeRules);
    }

    /** Writes the report as the workbook handed in (Excel); the numbers are the report's own. */
    public void writeWorkbook(StatisticsReport report, java.nio.file.Path file) {
        new StatisticsWorkbook(database, java.time.Clock.systemDefaultZone()).write(report, file);
        vn.dangvu.logic.OutputLog.exported(database, "Báo cáo thống kê đảng viên", file);
    }

    public StatisticsReport report(StatisticsPeriod period) {
        return StatisticsCalculator.compute(load(period.ratingYear()), period);
    }

    /**
     * Everything a report reads, for the ratings of {@code ratingYear} and the year before.
     * A screen may keep it to compute several periods ending in that year without reading again.
     */
    public StatisticsInput load(int ratingYear) {
        return database.read(r -> {
            CommitteeHistory history = r.committee().history().orElse(null);
            BranchDirectory branches = new BranchDirectory(r.branches().all(), r.statistics().formerBranchNames());
            List<MemberFacts> members = CombinedFigures.asOneCommittee(r.statistics().members(),
                    r.merge().joinedTransfers());
            return new StatisticsInput(history == null ? null : history.latest().name(),
                    TransferScopes.of(history, transferPlaces(members), scopeRules), members, branches,
                    r.statistics().ratings(ratingYear), r.statistics().ratings(ratingYear - 1), combined(r, history));
        });
    }

    /** The former units, and the committee's own name before the first of them joined if it had members of its own. */
    private static CombinedUnits combined(Repositories r, CommitteeHistory history) {
        List<FormerUnit> units = r.merge().units();
        if (units.isEmpty()) {
            return CombinedUnits.NONE;
        }
        LocalDate firstJoin = units.stream().map(FormerUnit::joinedOn).min(LocalDate::compareTo).orElseThrow();
        String base = history != null && r.merge().hasOwnMembers()
                ? history.on(firstJoin.minusDays(1)).name() : null;
        return new CombinedUnits(base, units);
    }

    /** The other side of every official transfer on record, to place the committee's district in its province. */
    private static List<OtherOrganisation> transferPlaces(List<MemberFacts> members) {
        List<OtherOrganisation> places = new ArrayList<>();
        for (MemberFacts member : members) {
            for (MembershipEvent event : member.history().events()) {
                if (event.type() == MembershipEventType.TRANSFERRED_IN || event.type() == MembershipEventType.TRANSFERRED_OUT) {
                    places.add(event.otherOrganisation());
                }
            }
        }
        return places;
    }
}
