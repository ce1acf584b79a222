package vn.dangvu.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;

/** The people behind a figure: the register's order, one line per id, repeats kept. */
class FigurePeopleTest {

    /** The register in its name order: An, Bình, Cúc (ids 30, 10, 20). */
    private static final List<RegisterEntry> REGISTER = List.of(entry(30, "Nguyễn Văn An"), entry(10, "Lê Thị Bình"),
            entry(20, "Trần Thị Cúc"));

    private static RegisterEntry entry(long id, String name) {
        return RegisterEntry.of(id, PersonName.parse(name), Sex.FEMALE, LocalDate.of(1980, 1, 1), "Kinh", null, null,
                MembershipHistory.of(List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 1, 10), 1L)
                        .withId(id))));
    }

    @ParameterizedTest(name = "ids {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // in the register's order, whatever the order of the ids
        "20 10       | Lê Thị Bình, Trần Thị Cúc",
        // a flow that counts Bình twice lists her twice: 3 ids, 3 lines
        "10 30 10    | Nguyễn Văn An, Lê Thị Bình, Lê Thị Bình",
        "20 20 20 30 | Nguyễn Văn An, Trần Thị Cúc, Trần Thị Cúc, Trần Thị Cúc",
        "30          | Nguyễn Văn An",
    })
    void oneLinePerIdInTheRegistersOrder(String ids, String names) {
        long[] figure = Arrays.stream(ids.strip().split(" +")).mapToLong(Long::parseLong).toArray();
        List<String> listed = new FigurePeople(REGISTER).rows(figure, LocalDate.of(2024, 12, 31)).stream()
                .map(row -> row.entry().name().full()).toList();
        assertEquals(List.of(names.split(", ")), listed);
        assertEquals(figure.length, listed.size());
    }
}
