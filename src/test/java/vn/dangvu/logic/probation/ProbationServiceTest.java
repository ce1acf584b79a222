package vn.dangvu.logic.probation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.probation.ProbationDocument;
import vn.dangvu.model.probation.ProbationDossier;
import vn.dangvu.model.probation.ProbationStep;

/** Hồ sơ dự bị on a real H2 file: kept per probation, a re-admission starts a new one. */
class ProbationServiceTest {

    @TempDir
    Path folder;

    @Test
    void aReadmittedMemberHasANewDossierAndTheOldOneIsNoLongerEditable() {
        LocalDate first = LocalDate.of(2010, 5, 19);
        LocalDate again = LocalDate.of(2024, 9, 2);
        long member;
        try (Database database = Database.open(folder)) {
            long branch = new BranchService(database).create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, null).id();
            member = new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Vi Thị Mai"),
                    Sex.FEMALE, LocalDate.of(1985, 3, 3), "Nùng", null, null, null), List.of(
                    MembershipEvent.of(MembershipEventType.ADMITTED, first, branch),
                    MembershipEvent.of(MembershipEventType.REMOVED, LocalDate.of(2011, 3, 1), null),
                    MembershipEvent.of(MembershipEventType.READMITTED, again, branch)), "test").member().id();
            ProbationService probations = new ProbationService(database);
            probations.save(new ProbationDossier(member, again, List.of(
                    new ProbationDocument(ProbationStep.SELF_REVIEW, LocalDate.of(2025, 8, 20), null, "viết tay"))));

            RecordRejected refused = assertThrows(RecordRejected.class, () -> probations.save(
                    new ProbationDossier(member, first, List.of())));
            assertEquals("Hồ sơ dự bị của lần kết nạp ngày 19/05/2010 không phải của lần kết nạp gần nhất.",
                    refused.getMessage());
        }
        try (Database database = Database.open(folder)) {
            ProbationService probations = new ProbationService(database);
            assertEquals(List.of(), probations.dossier(member, LocalDate.of(2011, 1, 1)).documents());
            ProbationDossier current = probations.dossier(member, LocalDate.of(2025, 9, 1));
            assertEquals(again, current.admittedOn());
            assertEquals("viết tay", current.document(ProbationStep.SELF_REVIEW).orElseThrow().note());
        }
    }
}
