package vn.dangvu.model.transfer;

import vn.dangvu.model.MembershipEventType;

/** The four transfer events that go with a letter in the Mẫu 10-SHĐ register. */
public enum TransferKind {
    OFFICIAL_OUT(MembershipEventType.TRANSFERRED_OUT, true, true),
    TEMPORARY_OUT(MembershipEventType.TEMPORARY_LEAVE, true, false),
    OFFICIAL_IN(MembershipEventType.TRANSFERRED_IN, false, true),
    TEMPORARY_IN(MembershipEventType.HOSTING_STARTED, false, false);

    private final MembershipEventType eventType;
    private final boolean outgoing;
    private final boolean official;

    TransferKind(MembershipEventType eventType, boolean outgoing, boolean official) {
        this.eventType = eventType;
        this.outgoing = outgoing;
        this.official = official;
    }

    public static java.util.Optional<TransferKind> of(MembershipEventType type) {
        for (TransferKind kind : values()) {
            if (kind.eventType == type) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    public MembershipEventType eventType() {
        return eventType;
    }

    public boolean outgoing() {
        return outgoing;
    }

    /** Official (10-box green letter) rather than temporary (8-box yellow letter). */
    public boolean official() {
        return official;
    }

    /** "Chính thức" / "Tạm thời", the register's column. */
    public String formLabel() {
        return official ? "Chính thức" : "Tạm thời";
    }

    /** "Đi" / "Đến". */
    public String directionLabel() {
        return outgoing ? "Đi" : "Đến";
    }

    @Override
    public String toString() {
        return (outgoing ? "Chuyển đi " : "Chuyển đến ") + formLabel().toLowerCase(java.util.Locale.ROOT);
    }
}
