package vn.dangvu.model.rating;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vn.dangvu.model.NumberFormats;

/** The rating regimes by year, read from the office's editable table ({@code rules/rating-regimes.csv}). */
public final class RatingRegimes {

    private final List<RatingRegime> regimes;

    public RatingRegimes(List<RatingRegime> regimes) {
        if (regimes.isEmpty()) {
            throw new IllegalArgumentException("Bảng chế độ xếp loại không có dòng nào.");
        }
        this.regimes = regimes.stream().sorted(Comparator.comparingInt(RatingRegime::fromYear)).toList();
    }

    /** The regime in force for a year: the last one starting on or before it (the first for older years). */
    public RatingRegime forYear(int year) {
        RatingRegime found = regimes.get(0);
        for (RatingRegime regime : regimes) {
            if (regime.fromYear() <= year) {
                found = regime;
            }
        }
        return found;
    }

    public List<RatingRegime> all() {
        return regimes;
    }

    /** A cell of the table "A|B|C|D": grade names, highest first. */
    public static List<String> labels(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }

    /** A cell of the table "90|70|50", or empty. */
    public static List<Integer> numbers(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(NumberFormats::parseWhole).toList();
    }

    /** The shares "100|80" a branch needs to be excellent (completed|good or better), or empty when none apply. */
    public static List<Integer> branchCondition(String cell) {
        List<Integer> condition = numbers(cell);
        if (!condition.isEmpty() && condition.size() != 2) {
            throw new IllegalArgumentException("điều kiện chi bộ xuất sắc cần 2 tỷ lệ (hoàn thành|hoàn thành tốt).");
        }
        return condition;
    }
}
