package vn.dangvu.model.history;

import java.time.LocalDateTime;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.PersonName;

/** A membership event in the recycle bin (thùng rác): whose, which, deleted by whom and when. */
public record DeletedEvent(long memberId, PersonName memberName, MembershipEvent event, String deletedBy,
                           LocalDateTime deletedAt) {
}
