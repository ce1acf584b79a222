package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.model.DateFormats;

/**
 * The units whose figures a merged committee's reports combine (decision 0018): the committee's
 * own records from before the merger, if it had any, and each former unit merged in. A report
 * whose columns reach back before a unit's join date says so in its heading.
 *
 * @param base  the committee's own name before its first join, null when it brought no members of its own
 */
public record CombinedUnits(String base, List<FormerUnit> units) {

    public static final CombinedUnits NONE = new CombinedUnits(null, List.of());

    public CombinedUnits {
        units = List.copyOf(units);
    }

    /**
     * "Số liệu gộp của: Đảng bộ xã Hải Yến; Đảng bộ xã Hải Hà (hợp nhất ngày 01/07/2025)", for a
     * report whose earliest column starts on {@code from}; null when no unit joined after that day.
     */
    public String headingFrom(LocalDate from) {
        List<FormerUnit> joined = units.stream().filter(u -> u.joinedOn().isAfter(from)).toList();
        if (joined.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (base != null) {
            names.add(base);
        }
        joined.forEach(u -> names.add(u.name() + " (hợp nhất ngày " + DateFormats.format(u.joinedOn()) + ")"));
        return "Số liệu gộp của: " + String.join("; ", names);
    }
}
