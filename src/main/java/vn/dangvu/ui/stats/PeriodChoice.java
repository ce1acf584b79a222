package vn.dangvu.ui.stats;

import java.time.LocalDate;
import vn.dangvu.model.stats.StatisticsPeriod;

/** The periods a report is usually asked for (kỳ báo cáo), and a custom one. */
public enum PeriodChoice {
    YEAR("Cả năm", 1, 12),
    FIRST_HALF("6 tháng đầu năm", 1, 6),
    SECOND_HALF("6 tháng cuối năm", 7, 12),
    Q1("Quý I", 1, 3),
    Q2("Quý II", 4, 6),
    Q3("Quý III", 7, 9),
    Q4("Quý IV", 10, 12),
    CUSTOM("Tùy chọn (từ ngày … đến ngày …)", 0, 0);

    private final String label;
    private final int firstMonth;
    private final int lastMonth;

    PeriodChoice(String label, int firstMonth, int lastMonth) {
        this.label = label;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /** The period of this choice in a year; not for {@link #CUSTOM}. */
    public StatisticsPeriod in(int year) {
        if (this == CUSTOM) {
            throw new IllegalStateException("Kỳ tùy chọn cần ngày bắt đầu và ngày kết thúc.");
        }
        LocalDate last = LocalDate.of(year, lastMonth, 1);
        return new StatisticsPeriod(LocalDate.of(year, firstMonth, 1), last.withDayOfMonth(last.lengthOfMonth()));
    }

    @Override
    public String toString() {
        return label;
    }
}
