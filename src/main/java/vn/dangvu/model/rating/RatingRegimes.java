package vn.dangvu.model.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The rating regimes by year, read from the office's editable table ({@code rules/rating-regimes.csv}). */
public final class RatingRegimes {

    private static final int COLUMNS = 7;

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

    /** Lines of the table: comments (#) and the header skipped; columns separated by ";". */
    public static RatingRegimes parse(List<String> lines, String source) {
        List<RatingRegime> regimes = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            try {
                regimes.add(regime(line.split(";", COLUMNS)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", dòng " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new RatingRegimes(regimes);
    }

    private static RatingRegime regime(String[] cells) {
        if (cells.length < COLUMNS) {
            throw new IllegalArgumentException("cần " + COLUMNS + " cột cách nhau bằng dấu chấm phẩy.");
        }
        List<Integer> condition = numbers(cells[5]);
        if (!condition.isEmpty() && condition.size() != 2) {
            throw new IllegalArgumentException("điều kiện chi bộ xuất sắc cần 2 tỷ lệ (hoàn thành|hoàn thành tốt).");
        }
        return new RatingRegime(number(cells[0]), labels(cells[1]), labels(cells[2]), numbers(cells[3]),
                cells[4].isBlank() ? null : number(cells[4]), condition.isEmpty() ? null : condition.get(0),
                condition.isEmpty() ? null : condition.get(1), cells[6].strip());
    }

    private static List<String> labels(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }

    private static List<Integer> numbers(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(RatingRegimes::number).toList();
    }

    private static int number(String cell) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + cell.strip() + "\" không phải là số.", e);
        }
    }
}
