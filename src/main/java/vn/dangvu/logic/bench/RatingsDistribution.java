package vn.dangvu.logic.bench;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.model.stats.RatingTable;
import vn.dangvu.model.stats.StatisticsCalculator;
import vn.dangvu.model.stats.StatisticsInput;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.YearRatings;

/**
 * Xếp loại đảng viên qua mười năm, as the benchmark measures it today: the statistics report's
 * ratings block for each year, the people read once. When a ratings service exists, this one
 * method is what to point at it.
 */
final class RatingsDistribution {

    private RatingsDistribution() {
    }

    static List<RatingTable> tenYears(Database database, int lastYear) {
        StatisticsInput input = new StatisticsService(database).load(lastYear);
        List<YearRatings> years = new ArrayList<>();
        for (int year = lastYear - BenchData.RATING_YEARS; year <= lastYear; year++) {
            int y = year;
            years.add(database.read(r -> r.statistics().ratings(y)));
        }
        List<RatingTable> tables = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            StatisticsInput ofYear = new StatisticsInput(input.committee(), input.homeArea(), input.members(),
                    input.branches(), years.get(i), years.get(i - 1));
            tables.add(StatisticsCalculator.compute(ofYear, StatisticsPeriod.year(years.get(i).year())).ratings());
        }
        return tables;
    }
}
