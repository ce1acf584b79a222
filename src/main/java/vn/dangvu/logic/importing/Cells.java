package vn.dangvu.logic.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.dangvu.model.DateFormats;

/** Cell values turned into text and dates the way a clerk means them. */
final class Cells {

    /** d/M/yyyy, dd/MM/yyyy, dd-MM-yyyy, d.M.yyyy, optionally followed by a time. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    /** yyyy-MM-dd (and yyyy/MM/dd), optionally followed by a time. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?");
    /** Excel's serial day numbers from 1/1/1900 to 31/12/9999. */
    private static final double MAX_SERIAL = 2_958_465;

    private Cells() {
    }

    /** The text of a cell as typed (not cleaned); numbers without a useless ".0"; null when blank. */
    static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (cell instanceof Double d) {
            return numberText(d);
        }
        if (cell instanceof LocalDate date) {
            return DateFormats.format(date);
        }
        if (cell instanceof Boolean b) {
            return b ? "Có" : "Không";
        }
        return cell.toString();
    }

    static String numberText(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return String.valueOf(number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The date a cell means, or a Vietnamese reason why it is not one. */
    static DateOrReason date(Object cell) {
        if (cell instanceof LocalDate date) {
            return new DateOrReason(date, null);
        }
        if (cell instanceof Double d) {
            if (d == Math.rint(d) && d >= 1 && d <= MAX_SERIAL) {
                return new DateOrReason(DateUtil.getLocalDateTime(d, false).toLocalDate(), null);
            }
            return new DateOrReason(null, "\"" + numberText(d) + "\" không phải ngày (viết dd/MM/yyyy, ví dụ 05/03/1980).");
        }
        String text = text(cell);
        if (text == null) {
            return new DateOrReason(null, null);
        }
        String typed = text.strip();
        Matcher dayFirst = DAY_FIRST.matcher(typed);
        Matcher yearFirst = YEAR_FIRST.matcher(typed);
        int day;
        int month;
        int year;
        if (dayFirst.matches()) {
            day = Integer.parseInt(dayFirst.group(1));
            month = Integer.parseInt(dayFirst.group(2));
            year = Integer.parseInt(dayFirst.group(3));
        } else if (yearFirst.matches()) {
            year = Integer.parseInt(yearFirst.group(1));
            month = Integer.parseInt(yearFirst.group(2));
            day = Integer.parseInt(yearFirst.group(3));
        } else {
            return new DateOrReason(null, "\"" + typed + "\" không phải ngày (viết dd/MM/yyyy, ví dụ 05/03/1980).");
        }
        try {
            return new DateOrReason(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return new DateOrReason(null, "\"" + typed + "\" không phải ngày có thật (ngày " + day + " tháng " + month
                    + " năm " + year + " không tồn tại).");
        }
    }

    /** A parsed date, or the reason the cell is not one (both null for a blank cell). */
    record DateOrReason(LocalDate date, String reason) {
    }

    /** 0 → "A", 27 → "AB". */
    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
