package vn.dangvu.model.admission;

/**
 * Something missing or wrong in a candidate's dossier.
 *
 * @param step the step concerned, or null for the person (age)
 */
public record DossierIssue(AdmissionStep step, String message) {
}
