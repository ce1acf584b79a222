package vn.dangvu.cli.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;

/** badges --round … --json: a round's own candidates as the issue describes them. */
class BadgesCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fill() {
        try (Database database = Database.open(folder)) {
            long napan = new BranchService(database).create("Chi bộ thôn \"Nà Pàn\"", BranchKind.VILLAGE, null).id();
            RegisterService register = new RegisterService(database);
            person(register, "Lục Văn Hải", napan, LocalDate.of(1995, 5, 20)); // 30 years the day after 19/5
            person(register, "Đinh Thị Thu", napan, LocalDate.of(1975, 9, 2)); // 50 years on the round day
            person(register, "Hoàng Văn Nam", napan, LocalDate.of(1995, 9, 3)); // the next round
        }
    }

    private static void person(RegisterService register, String name, long branch, LocalDate admitted) {
        register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1950, 1, 1), "Tày",
                null, null, null), List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, branch)), "test");
    }

    private int run(String... args) {
        return CommandLine.standard().run(folder, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheOwnCandidatesOfTheRoundAsJson() {
        assertEquals(CommandLine.OK, run("badges", "--round", "2025-09-02", "--json"), err.toString(StandardCharsets.UTF_8));
        assertEquals("""
                [
                  {"member": "Đinh Thị Thu", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "milestone": 50, "reachedOn": "2025-09-02", "excluded": null},
                  {"member": "Lục Văn Hải", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "milestone": 30, "reachedOn": "2025-05-20", "excluded": null}
                ]
                """, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aDayThatIsNotARoundIsRefused() {
        assertEquals(CommandLine.USAGE, run("badges", "--round", "2025-09-03", "--json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Ngày 03/09/2025 không phải ngày xét tặng Huy hiệu Đảng."));
    }
}
