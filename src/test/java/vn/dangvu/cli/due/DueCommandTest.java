package vn.dangvu.cli.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.admission.AdmissionService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.probation.ProbationService;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.model.probation.ProbationDocument;
import vn.dangvu.model.probation.ProbationDossier;
import vn.dangvu.model.probation.ProbationStep;

/** due --as-of … --json: the due items as a JSON array, as other tools read them. */
class DueCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fill() {
        try (Database database = Database.open(folder)) {
            long napan = new BranchService(database).create("Chi bộ thôn \"Nà Pàn\"", BranchKind.VILLAGE, null).id();
            // imported with an admission date and no official date: on probation
            new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Lục Văn Hải"), Sex.MALE,
                    LocalDate.of(1990, 1, 1), "Tày", null, null, null),
                    List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2024, 2, 29), napan)), "test");
            new AdmissionService(database, RuleTables.admissionDeadlines(folder)).save(
                    Candidate.create(napan, new Member(null, 0, PersonName.parse("Đinh Thị Thu"), Sex.FEMALE,
                            LocalDate.of(1997, 8, 15), "Tày", null, null, null), null)
                            .withStep(CandidateStep.on(AdmissionStep.BRANCH_RESOLUTION, LocalDate.of(2025, 1, 6))));
        }
    }

    private int run(String... args) {
        return CommandLine.standard().run(folder, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheDueItemsAsJson() {
        assertEquals(CommandLine.OK, run("due", "--as-of", "2025-04-14", "--json"), err.toString(StandardCharsets.UTF_8));
        // in due-date order; 60 working days after 06/01/2025 skip Tết Ất Tỵ (27–31/01) and Giỗ Tổ (07/04/2025)
        assertEquals("""
                [
                  {"kind": "probationEnds", "member": "Lục Văn Hải", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-02-28", "overdue": true},
                  {"kind": "decisionDue", "member": "Đinh Thị Thu", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-04-08", "overdue": true},
                  {"kind": "recognitionDue", "member": "Lục Văn Hải", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-04-14", "overdue": false}
                ]
                """, output().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void nothingDueIsAnEmptyArray() {
        assertEquals(CommandLine.OK, run("due", "--as-of", "2024-01-01", "--json"));
        assertEquals("[]" + System.lineSeparator(), output());
    }

    @Test
    void withoutJsonItPrintsAVietnameseList() {
        assertEquals(CommandLine.OK, run("due", "--as-of", "2025-03-01"));
        assertTrue(output().startsWith("Việc cần làm ngày 01/03/2025: 3 việc, 1 việc quá hạn."), output());
        assertTrue(output().contains("QUÁ HẠN  28/02/2025  Hết 12 tháng dự bị — Lục Văn Hải"), output());
    }

    @Test
    void aBadDateIsAUsageError() {
        assertEquals(CommandLine.USAGE, run("due", "--as-of", "15/04/2025"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "--as-of phải là một ngày dạng YYYY-MM-DD, không phải \"15/04/2025\"."));
    }

    @Test
    void anEditedHolidayTableInTheDataFolderIsUsed() throws Exception {
        Files.createDirectories(folder.resolve("rules"));
        Files.writeString(folder.resolve("rules/holidays.csv"), "date,name\n");
        assertEquals(CommandLine.OK, run("due", "--as-of", "2025-03-01", "--json"));
        // with no holidays at all, 60 working days after 06/01/2025 end on 31/03/2025 (08/04 with the shipped table)
        assertTrue(output().contains("\"kind\": \"decisionDue\", \"member\": \"Đinh Thị Thu\", \"branch\": \"Chi bộ thôn \\\"Nà Pàn\\\"\", \"dueDate\": \"2025-03-31\", \"overdue\": false, \"caveat\": \"chưa có lịch nghỉ lễ năm 2025\"}"),
                output());
    }

    @Test
    void aPastDayListsTheProbationRecognisedSinceAndTheCommitteesDecisionDue() {
        try (Database database = Database.open(folder)) {
            long id = database.read(r -> r.people().unrecognisedOn(LocalDate.of(2025, 3, 1))).get(0).id();
            // The branch proposed the recognition on Mon 10/03/2025; the committee decided on 25/04/2025.
            new ProbationService(database).save(new ProbationDossier(id, LocalDate.of(2024, 2, 29), List.of(
                    new ProbationDocument(ProbationStep.BRANCH_RESOLUTION, LocalDate.of(2025, 3, 10), "7-NQ/CB", null))));
            new AdmissionService(database, RuleTables.admissionDeadlines(folder)).recognise(id,
                    new Decision("88-QĐ/ĐU", LocalDate.of(2025, 4, 25), null), null, "test");
        }
        // Today the member is official from 28/02/2025, the end of the 12 months; on 22/04/2025 the decision was
        // still to come. 30 working days after 10/03/2025: 11–14/03 (4), 17–21 (9), 24–28 (14), 31/03–04/04 (19),
        // Giỗ Tổ Mon 07/04 off, 08–11/04 (23), 14–18/04 (28), 21/04 (29), Tue 22/04/2025 (30).
        assertEquals(CommandLine.OK, run("due", "--as-of", "2025-04-22", "--json"));
        assertEquals("""
                [
                  {"kind": "probationEnds", "member": "Lục Văn Hải", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-02-28", "overdue": true},
                  {"kind": "decisionDue", "member": "Đinh Thị Thu", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-04-08", "overdue": true},
                  {"kind": "recognitionDue", "member": "Lục Văn Hải", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-04-14", "overdue": true},
                  {"kind": "recognitionDecisionDue", "member": "Lục Văn Hải", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-04-22", "overdue": false}
                ]
                """, output().replace(System.lineSeparator(), "\n"));
        out.reset();
        // from the day of the decision the probation is off the list
        assertEquals(CommandLine.OK, run("due", "--as-of", "2025-04-25", "--json"));
        assertEquals("""
                [
                  {"kind": "decisionDue", "member": "Đinh Thị Thu", "branch": "Chi bộ thôn \\"Nà Pàn\\"", "dueDate": "2025-04-08", "overdue": true}
                ]
                """, output().replace(System.lineSeparator(), "\n"));
    }
}
