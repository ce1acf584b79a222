package vn.dangvu.model.paper;

import java.util.Collection;
import java.util.List;
import vn.dangvu.model.MemberStatus;

/** Which papers of the list a member's file lacks (hồ sơ còn thiếu), in the order of the file. */
public final class MissingPapers {

    private MissingPapers() {
    }

    /**
     * @param present the type codes of the papers the file holds (removed ones not included)
     * @param status  the member's status today: only members in đảng số are asked for papers
     */
    public static List<PaperType> of(PaperTypes types, MemberStatus status, Collection<String> present) {
        return types.all().stream()
                .filter(t -> t.need().requiredOf(status) && !present.contains(t.code()))
                .toList();
    }
}
