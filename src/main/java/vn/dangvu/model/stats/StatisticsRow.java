package vn.dangvu.model.stats;

/**
 * One line of a period table as every renderer lays it out: a label, how deep it is indented
 * ("Trong đó: …" lines are one level down), and either a count or an average. A heading
 * line has neither. {@code key} says which line it is ({@link ChangeLine#OPENING},
 * {@link vn.dangvu.model.AgeBand#UP_TO_30} …) so that a renderer never matches labels; lines
 * named by the data (an ethnicity, a branch) have none.
 */
public record StatisticsRow(Enum<?> key, String label, int depth, Figure figure, AverageFigure average) {

    public static StatisticsRow heading(String label) {
        return new StatisticsRow(null, label, 0, null, null);
    }

    /** A line of a fixed list, labelled by its key. */
    public static StatisticsRow count(Enum<?> key, int depth, Figure figure) {
        return new StatisticsRow(key, key.toString(), depth, figure, null);
    }

    /** A line named by the data. */
    public static StatisticsRow named(String label, int depth, Figure figure) {
        return new StatisticsRow(null, label, depth, figure, null);
    }

    public static StatisticsRow average(String label, AverageFigure average) {
        return new StatisticsRow(null, label, 0, null, average);
    }

    public boolean isHeading() {
        return figure == null && average == null;
    }
}
