package vn.dangvu.ui.stats;

import java.math.BigDecimal;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.stats.StatisticsRow;

/** A table row as the screen shows it: the numbers formatted the Vietnamese way ("8.341", "94,83"). */
public record StatisticsLine(StatisticsRow row, String label, String value, String lastYear, String percent) {

    static StatisticsLine of(StatisticsRow row) {
        String label = "    ".repeat(row.depth()) + row.label();
        if (row.figure() != null) {
            return new StatisticsLine(row, label, NumberFormats.count(row.figure().value()),
                    NumberFormats.count(row.figure().lastYear()), decimal(row.figure().percent(), 2));
        }
        if (row.average() != null) {
            return new StatisticsLine(row, label, decimal(row.average().value(), 1),
                    decimal(row.average().lastYear(), 1), decimal(row.average().percent(), 2));
        }
        return new StatisticsLine(row, row.label(), "", "", "");
    }

    /** Whether a click on this line can list the people (or branches) behind it. */
    public boolean hasPeopleBehind() {
        return row.figure() != null;
    }

    static String decimal(BigDecimal value, int decimals) {
        return value == null ? "–" : NumberFormats.decimal(value, decimals, decimals);
    }
}
