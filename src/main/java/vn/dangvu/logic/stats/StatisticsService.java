package vn.dangvu.logic.stats;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Committee;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.stats.BranchDirectory;
import vn.dangvu.model.stats.HomeArea;
import vn.dangvu.model.stats.MemberFacts;
import vn.dangvu.model.stats.StatisticsCalculator;
import vn.dangvu.model.stats.StatisticsInput;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;

/**
 * The period statistics report: loads people, events, branches and ratings in a few queries,
 * then computes every table in memory. The report is computed once and handed to whatever
 * renders it (JSON, Excel, the screen). Call from the task runner.
 */
public final class StatisticsService {

    private final Database database;

    public StatisticsService(Database database) {
        this.database = database;
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
            Committee committee = r.committee().find().orElse(null);
            BranchDirectory branches = new BranchDirectory(r.branches().all(), r.statistics().formerBranchNames());
            List<MemberFacts> members = r.statistics().members();
            return new StatisticsInput(committee == null ? null : committee.name(),
                    HomeArea.infer(committee, transferPlaces(members)), members, branches,
                    r.statistics().ratings(ratingYear), r.statistics().ratings(ratingYear - 1));
        });
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
