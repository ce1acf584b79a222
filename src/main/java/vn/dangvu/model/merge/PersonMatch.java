package vn.dangvu.model.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dangvu.model.DateFormats;

/**
 * A record of the source that is, or may be, a person already here.
 *
 * @param there  the source's record
 * @param here   the record already in the register
 * @param reason why they were paired, in Vietnamese ("Cùng số CCCD")
 */
public record PersonMatch(PersonKey there, PersonKey here, MatchKind kind, String reason) {

    public PersonMatch {
        Objects.requireNonNull(there, "there");
        Objects.requireNonNull(here, "here");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean certain() {
        return kind == MatchKind.CERTAIN;
    }

    /** What the two records say differently of who the person is: "Số thẻ đảng viên: 01234567 / (trống)". */
    public List<String> differences() {
        List<String> differences = new ArrayList<>();
        differ(differences, "Họ và tên", here.name().full(), there.name().full());
        differ(differences, "Ngày sinh", DateFormats.format(here.birthDate()), DateFormats.format(there.birthDate()));
        differ(differences, "Số thẻ đảng viên", here.cardNumber(), there.cardNumber());
        differ(differences, "Số CCCD", here.citizenId(), there.citizenId());
        return differences;
    }

    private static void differ(List<String> differences, String field, String mine, String theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(field + ": " + (mine == null ? "(trống)" : mine) + " / " + (theirs == null ? "(trống)" : theirs));
        }
    }
}
