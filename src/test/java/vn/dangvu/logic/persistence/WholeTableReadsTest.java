package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.demo.DemoDataGenerator;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.stats.MemberFacts;

/**
 * The register's and the statistics' whole-table reads walk people and events a chunk at a time
 * ({@link IndexWalk}); with more people than one chunk holds, each person must come once, with their
 * own facts and every one of their events, as the plain one-person reads give them.
 */
class WholeTableReadsTest {

    private static final int PEOPLE = IndexWalk.CHUNK + 400;

    @TempDir
    static Path folder;

    private static Database database;
    private static List<Long> ids;
    private static Map<Long, List<MembershipEvent>> events;

    @BeforeAll
    static void fill() {
        database = Database.open(folder);
        new DemoDataGenerator(11).fill(database, PEOPLE, LocalDate.of(2025, 6, 30));
        // The name order's plain query gives the ids; the events come from the plain per-person query.
        ids = database.read(r -> r.register().inNameOrder(0, PEOPLE + 1)).stream().map(RegisterEntry::id).sorted()
                .toList();
        assertEquals(PEOPLE, ids.size());
        events = database.read(r -> r.events().forMembers(ids));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theRegisterHasEveryoneOnceWithTheirWholeHistory() {
        List<RegisterEntry> all = database.read(r -> r.register().loadAll());

        assertEquals(ids, all.stream().map(RegisterEntry::id).toList());
        for (RegisterEntry entry : all) {
            assertEquals(plain(entry.id()), essentials(entry.history()), "người " + entry.id());
        }
        Member someone = database.read(r -> r.members().find(ids.get(IndexWalk.CHUNK)).orElseThrow());
        RegisterEntry read = all.get(IndexWalk.CHUNK);
        assertEquals(someone.name(), read.name());
        assertEquals(someone.birthDate(), read.birthDate());
    }

    @Test
    void theStatisticsHaveEveryoneOnceWithTheirFactsAndWholeHistory() {
        List<MemberFacts> all = database.read(r -> r.statistics().members());

        assertEquals(ids, all.stream().map(MemberFacts::id).toList());
        for (MemberFacts person : all) {
            assertEquals(plain(person.id()), essentials(person.history()), "người " + person.id());
        }
        for (int i : new int[] {0, IndexWalk.CHUNK - 1, IndexWalk.CHUNK, PEOPLE - 1}) {
            Member member = database.read(r -> r.members().find(ids.get(i)).orElseThrow());
            MemberFacts read = all.get(i);
            assertEquals(member.birthDate(), read.birthDate());
            assertEquals(member.sex(), read.sex());
            assertEquals(member.ethnicity(), read.ethnicity());
        }
        assertTrue(all.stream().anyMatch(p -> p.history().events().size() > 2), "the demo has longer histories");
    }

    private static List<String> plain(long id) {
        return essentials(MembershipHistory.of(events.getOrDefault(id, List.of())));
    }

    /** What the whole-table reads carry of each event. */
    private static List<String> essentials(MembershipHistory history) {
        List<String> lines = new ArrayList<>();
        for (MembershipEvent e : history.events()) {
            lines.add(e.id() + " " + e.type() + " " + e.date() + " " + e.branchId());
        }
        return lines;
    }
}
