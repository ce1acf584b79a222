package vn.dangvu.model.admission;

import java.util.List;

/** A candidate with what is missing or wrong in their dossier: one line of the checklist. */
public record DossierStatus(Candidate candidate, List<DossierIssue> issues) {

    public DossierStatus {
        issues = List.copyOf(issues);
    }
}
