package vn.dangvu.model;

/** A member with their whole history, as the member page shows it. */
public record MemberFile(Member member, MembershipHistory history) {
}
