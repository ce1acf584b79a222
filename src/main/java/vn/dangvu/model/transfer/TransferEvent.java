package vn.dangvu.model.transfer;

import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.PersonName;

/** A transfer event recorded without its letter (an arrival entered with the member's record). */
public record TransferEvent(long memberId, PersonName name, MembershipEvent event) {

    public TransferKind kind() {
        return TransferKind.of(event.type()).orElseThrow();
    }

    @Override
    public String toString() {
        return vn.dangvu.model.DateFormats.format(event.date()) + " — " + name.full() + " — " + kind();
    }
}
