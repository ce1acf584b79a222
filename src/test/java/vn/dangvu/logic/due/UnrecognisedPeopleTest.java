package vn.dangvu.logic.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.demo.DemoDataGenerator;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.RegisterEntry;

/**
 * Who may still be on probation (the due list's first source), found by one aggregate in the
 * database: exactly the people whose own history has an admission with no recognition after it.
 */
class UnrecognisedPeopleTest {

    @TempDir
    Path folder;

    @Test
    void theDatabaseFindsExactlyThoseWhoseLatestAdmissionHasNoRecognitionAfterIt() {
        try (Database database = Database.open(folder)) {
            new DemoDataGenerator(11).fill(database, 600, LocalDate.of(2026, 6, 30));
            RegisterService register = new RegisterService(database);
            Set<Long> fromHistories = register.loadRegister().stream()
                    .filter(UnrecognisedPeopleTest::latestAdmissionNotRecognised)
                    .map(RegisterEntry::id).collect(Collectors.toSet());
            Set<Long> fromDatabase = database.read(r -> r.people().unrecognisedOn(LocalDate.of(2026, 6, 30))).stream()
                    .map(RegisterEntry::id).collect(Collectors.toSet());

            assertTrue(fromHistories.size() > 10, "the demo data has people on probation: " + fromHistories.size());
            assertEquals(fromHistories, fromDatabase);
        }
    }

    private static boolean latestAdmissionNotRecognised(RegisterEntry entry) {
        LocalDate admitted = null;
        LocalDate recognised = null;
        for (MembershipEvent event : entry.history().events()) {
            if (event.type() == MembershipEventType.ADMITTED || event.type() == MembershipEventType.READMITTED) {
                admitted = event.date();
            } else if (event.type() == MembershipEventType.RECOGNIZED_OFFICIAL) {
                recognised = event.date();
            }
        }
        return admitted != null && (recognised == null || admitted.isAfter(recognised));
    }
}
