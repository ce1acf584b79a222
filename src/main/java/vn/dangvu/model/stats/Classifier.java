package vn.dangvu.model.stats;

import java.util.HashMap;
import java.util.Map;
import vn.dangvu.model.Member;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.VietnameseText;

/**
 * Reads recorded text into table categories once per distinct text: 100,000 people share a
 * few dozen spellings, and folding or parsing each one every time would dominate the work.
 */
final class Classifier {

    static final String MAJORITY = VietnameseText.fold(Member.MAJORITY_ETHNICITY);

    private final TransferScopes scopes;
    private final Map<String, String> folded = new HashMap<>();
    private final Map<String, GeneralEducation> education = new HashMap<>();
    private final Map<String, ProfessionalLevel> professional = new HashMap<>();

    Classifier(TransferScopes scopes) {
        this.scopes = scopes;
    }

    /** Case and diacritics folded: "Tày" and "TÀY" are one ethnicity. */
    String foldedName(String name) {
        return folded.computeIfAbsent(name, VietnameseText::fold);
    }

    GeneralEducation generalEducation(String recorded) {
        return recorded == null ? GeneralEducation.UNKNOWN : education.computeIfAbsent(recorded, GeneralEducation::of);
    }

    /** Where the other side of a transfer was, seen from the committee's area on the transfer's date. */
    TransferScope scope(OtherOrganisation other, java.time.LocalDate on) {
        return scopes.scope(other, on);
    }

    ProfessionalLevel professionalLevel(String recorded) {
        return recorded == null ? ProfessionalLevel.NONE : professional.computeIfAbsent(recorded, ProfessionalLevel::of);
    }
}
