package vn.dangvu.model.paper;

import java.util.List;
import vn.dangvu.model.PersonName;

/** One line of the "hồ sơ còn thiếu" list: a member in đảng số, their branch today, the papers their file lacks. */
public record MemberMissingPapers(long memberId, PersonName name, String branch, List<PaperType> missing) {

    public MemberMissingPapers {
        missing = List.copyOf(missing);
    }
}
