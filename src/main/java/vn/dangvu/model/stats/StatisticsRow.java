package vn.dangvu.model.stats;

/**
 * One line of a period table as every renderer lays it out: a label, how deep it is indented
 * ("Trong đó: …" lines are one level down), and either a count or an average. A heading
 * line has neither.
 */
public record StatisticsRow(String label, int depth, Figure figure, AverageFigure average) {

    public static StatisticsRow heading(String label) {
        return new StatisticsRow(label, 0, null, null);
    }

    public static StatisticsRow count(String label, int depth, Figure figure) {
        return new StatisticsRow(label, depth, figure, null);
    }

    public static StatisticsRow average(String label, AverageFigure average) {
        return new StatisticsRow(label, 0, null, average);
    }

    public boolean isHeading() {
        return figure == null && average == null;
    }
}
