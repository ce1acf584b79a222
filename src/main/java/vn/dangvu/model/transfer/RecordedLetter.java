package vn.dangvu.model.transfer;

import vn.dangvu.model.MembershipEvent;

/** A stored letter with the transfer event it went with and whose event it is. */
public record RecordedLetter(TransferLetter letter, long memberId, MembershipEvent event) {

    public TransferKind kind() {
        return TransferKind.of(event.type()).orElseThrow();
    }
}
