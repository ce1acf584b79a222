package vn.dangvu.logic.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.logic.demo.DemoDataGenerator;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.RegisterEntry;

/**
 * The register's first page, read in name order from the database without loading everyone,
 * is exactly the start of the whole register's đảng số on that day (same people, same order).
 */
class RegisterFirstPageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    static Path folder;
    private static Database database;
    private static RegisterService register;

    @BeforeAll
    static void demoData() {
        database = Database.open(folder);
        new DemoDataGenerator(3).fill(database, 400, TODAY);
        register = new RegisterService(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-06-30, 50",   // today: most people are in đảng số
        "2026-06-30, 1",
        "2000-01-01, 50",   // fewer then: several rounds of reading in name order
        "1980-01-01, 20",   // very few: the page is read from far down the list
        "2026-06-30, 1000", // more than there are: everyone in đảng số, nobody twice
    })
    void firstPageIsTheStartOfTheWholeRegistersPartyStrength(LocalDate day, int size) {
        List<Long> whole = register.loadRegister().stream()
                .filter(e -> e.history().stateOn(day).countsInPartyStrength())
                .map(RegisterEntry::id).limit(size).toList();
        List<Long> page = register.firstPage(day, size).stream().map(RegisterEntry::id).toList();
        assertTrue(!whole.isEmpty(), "the demo data has people in đảng số on " + day);
        assertEquals(whole, page);
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01"})
    void aDayBeforeAnyoneWasAdmittedGivesAnEmptyPage(LocalDate day) {
        assertEquals(List.of(), register.firstPage(day, 50));
    }
}
