package vn.dangvu.model.badge;

import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;

/** What the badge list needs of a person: the history carries the admission decision dates. */
public record BadgeMember(long id, PersonName name, String branch, MembershipHistory history) {
}
