package vn.dangvu.model.probation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hồ sơ dự bị: what is missing, and documents that cannot belong to the probation. */
class ProbationDossierTest {

    private static final LocalDate CEREMONY = LocalDate.of(2025, 1, 31);

    @Test
    void listsTheMissingDocumentsInDossierOrder() {
        ProbationDossier dossier = new ProbationDossier(1, CEREMONY, List.of(
                new ProbationDocument(ProbationStep.BRANCH_RESOLUTION, LocalDate.of(2026, 2, 2), "03-NQ/CB", null),
                new ProbationDocument(ProbationStep.NEW_MEMBER_CLASS, LocalDate.of(2025, 6, 1), "88", null)));
        assertEquals(List.of(ProbationStep.SELF_REVIEW, ProbationStep.MENTOR_REPORT, ProbationStep.ORGANISATION_COMMENTS,
                ProbationStep.COMMITTEE_RESOLUTION), dossier.missing());
        assertEquals(List.of(ProbationStep.NEW_MEMBER_CLASS, ProbationStep.BRANCH_RESOLUTION),
                dossier.documents().stream().map(ProbationDocument::step).toList());
    }

    @Test
    void aCompleteDossierSaysSo() {
        List<ProbationDocument> all = java.util.Arrays.stream(ProbationStep.values())
                .map(step -> new ProbationDocument(step, CEREMONY.plusMonths(11), null, null)).toList();
        assertEquals("Hồ sơ dự bị đã đủ.", new ProbationDossier(1, CEREMONY, all).missingText());
    }

    @Test
    void aDocumentOnTheCeremonyDayBelongsButNotTheDayBefore() {
        new ProbationDossier(1, CEREMONY, List.of(new ProbationDocument(ProbationStep.SELF_REVIEW, CEREMONY, null, null)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ProbationDossier(1,
                CEREMONY, List.of(new ProbationDocument(ProbationStep.SELF_REVIEW, CEREMONY.minusDays(1), null, null))));
        assertEquals("Bản tự kiểm điểm của đảng viên dự bị: ngày viết 30/01/2025 trước ngày kết nạp 31/01/2025.",
                refused.getMessage());
    }

    @Test
    void theSameDocumentTwiceIsRefused() {
        ProbationDocument review = new ProbationDocument(ProbationStep.SELF_REVIEW, CEREMONY, null, null);
        assertThrows(IllegalArgumentException.class, () -> new ProbationDossier(1, CEREMONY, List.of(review, review)));
    }

    @Test
    void onlyCertificatesAndResolutionsKeepANumber() {
        assertNull(new ProbationDocument(ProbationStep.SELF_REVIEW, CEREMONY, "12", null).number());
        assertEquals("12", new ProbationDocument(ProbationStep.NEW_MEMBER_CLASS, CEREMONY, " 12 ", null).number());
    }
}
