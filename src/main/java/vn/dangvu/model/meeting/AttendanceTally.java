package vn.dangvu.model.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dangvu.model.NumberFormats;

/**
 * Marks added up over meetings. The attendance rate is present / marked, marked being the people
 * required to attend (own members neither exempt nor away, and hosted members) (project rule).
 */
public record AttendanceTally(int present, int excused, int unexcused) {

    public static final AttendanceTally NONE = new AttendanceTally(0, 0, 0);

    public int marked() {
        return present + excused + unexcused;
    }

    public AttendanceTally plus(AttendanceMark mark) {
        return switch (mark) {
            case PRESENT -> new AttendanceTally(present + 1, excused, unexcused);
            case ABSENT_EXCUSED -> new AttendanceTally(present, excused + 1, unexcused);
            case ABSENT_UNEXCUSED -> new AttendanceTally(present, excused, unexcused + 1);
        };
    }

    public AttendanceTally plus(AttendanceTally other) {
        return new AttendanceTally(present + other.present, excused + other.excused, unexcused + other.unexcused);
    }

    /** "87,50%", or "—" when nobody was marked. */
    public String rate() {
        if (marked() == 0) {
            return "—";
        }
        BigDecimal percent = BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(marked()), 2,
                RoundingMode.HALF_UP);
        return NumberFormats.decimal2(percent) + "%";
    }
}
