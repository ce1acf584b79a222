package vn.dangvu.model.rating;

/**
 * The four grades of a yearly rating (2018 onwards), for members and for branches. Older
 * regimes map onto them by rank; their own labels come with the ratings screens.
 */
public enum RatingGrade {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"),
    GOOD("Hoàn thành tốt nhiệm vụ", "HTTNV"),
    COMPLETED("Hoàn thành nhiệm vụ", "HTNV"),
    NOT_COMPLETED("Không hoàn thành nhiệm vụ", "KHTNV");

    private final String label;
    private final String abbreviation;

    RatingGrade(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    public String label() {
        return label;
    }

    public String abbreviation() {
        return abbreviation;
    }

    @Override
    public String toString() {
        return label;
    }
}
