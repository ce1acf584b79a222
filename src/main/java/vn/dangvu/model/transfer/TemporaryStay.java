package vn.dangvu.model.transfer;

import java.time.LocalDate;
import vn.dangvu.model.PersonName;

/**
 * A member away on a temporary transfer (still counted at home) or hosted here temporarily
 * (not counted), on a day.
 *
 * @param since the day the stay began
 * @param where the other organisation
 */
public record TemporaryStay(long memberId, PersonName name, String branch, LocalDate since, String where) {
}
