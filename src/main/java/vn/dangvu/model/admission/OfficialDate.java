package vn.dangvu.model.admission;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangvu.model.DateFormats;

/**
 * Ngày chính thức where the clerk types or imports it (DOMAIN.md §5): a member becomes official
 * at the exact end of the 12 calendar months after the ceremony, never later. Old records can
 * differ, so a different date is warned about with both dates and kept if the clerk confirms.
 */
public final class OfficialDate {

    private OfficialDate() {
    }

    /** The date the rule gives: the ceremony plus 12 calendar months. */
    public static LocalDate proposed(LocalDate admitted) {
        return AdmissionDeadlines.officialDate(admitted);
    }

    /** The warning, naming both dates, when the given date is not the 12-month date. */
    public static Optional<String> warning(LocalDate admitted, LocalDate given) {
        LocalDate proposed = proposed(admitted);
        if (given.equals(proposed)) {
            return Optional.empty();
        }
        return Optional.of("Ngày chính thức " + DateFormats.format(given) + " khác ngày đủ 12 tháng dự bị "
                + DateFormats.format(proposed) + " (vào Đảng " + DateFormats.format(admitted) + "): đảng viên được"
                + " công nhận chính thức từ ngày đủ 12 tháng, kể cả khi quyết định ra muộn.");
    }
}
