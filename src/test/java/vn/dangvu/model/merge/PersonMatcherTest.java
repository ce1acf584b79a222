package vn.dangvu.model.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.PersonName;

/** Matching a source record with the people here: CCCD, then card number, then name and birth date (DOMAIN.md §17). */
class PersonMatcherTest {

    private static final PersonMatcher HERE = new PersonMatcher(List.of(
            key(1, "Nguyễn Thị Hoa", "1970-03-12", "01234567", "022170000001"),
            key(2, "Trần Văn Bình", "1965-01-05", "07654321", null),
            key(3, "Lê Văn Cường", "1980-10-10", null, null)));

    private static PersonKey key(long id, String name, String birth, String card, String citizenId) {
        return new PersonKey(id, PersonName.parse(name), LocalDate.parse(birth), card, citizenId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "same CCCD whatever the name,          Nguyễn Thị Hòa,  1971-01-01, -,        022170000001, CERTAIN,   1, Cùng số CCCD 022170000001",
            "same card and birth date,             Trần Văn Bình,   1965-01-05, 07654321, -,            CERTAIN,   2, Cùng số thẻ đảng viên 07654321 và ngày sinh",
            "same card with another birth date,    Trần Văn Bình,   1965-05-01, 07654321, -,            UNCERTAIN, 2, Cùng số thẻ đảng viên 07654321 nhưng khác ngày sinh",
            "name and birth date folded,           NGUYEN THI HOA,  1970-03-12, -,        -,            UNCERTAIN, 1, Cùng họ tên và ngày sinh",
            "name and birth with another card,     Lê Văn Cường,    1980-10-10, 99999999, -,            UNCERTAIN, 3, Cùng họ tên và ngày sinh",
            "name and birth but another CCCD,      Nguyễn Thị Hoa,  1970-03-12, -,        022170000009, -,         -, -",
            "same card but another CCCD,           Nguyễn Thị Hoa,  1970-03-12, 01234567, 022170000009, -,         -, -",
            "same name with another birth date,    Lê Văn Cường,    1980-10-11, -,        -,            -,         -, -",
            "nothing shared,                       Đinh Văn Em,     1990-01-01, 11112222, 022190000002, -,         -, -"})
    void findsThePersonOrACandidateOrNoOne(String label, String name, LocalDate birth, String card, String citizenId,
                                           MatchKind kind, Long hereId, String reason) {
        Optional<PersonMatch> match = HERE.match(new PersonKey(100, PersonName.parse(name), birth, card, citizenId));

        if (kind == null) {
            assertTrue(match.isEmpty(), label + ": " + match);
            return;
        }
        assertEquals(kind, match.orElseThrow().kind(), label);
        assertEquals(hereId, match.get().here().id(), label);
        assertEquals(reason, match.get().reason(), label);
    }

    @org.junit.jupiter.api.Test
    void anUncertainPairShowsWhatItsTwoRecordsSayDifferently() {
        PersonMatch match = HERE.match(key(100, "NGUYEN THI HOA", "1970-03-12", "55556666", null)).orElseThrow();

        assertEquals(List.of("Họ và tên: Nguyễn Thị Hoa / NGUYEN THI HOA", "Số thẻ đảng viên: 01234567 / 55556666",
                "Số CCCD: 022170000001 / (trống)"), match.differences());
    }
}
