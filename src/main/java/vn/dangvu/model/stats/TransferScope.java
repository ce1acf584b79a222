package vn.dangvu.model.stats;

/** Where the other side of an official transfer is, seen from the committee. */
public enum TransferScope {
    OTHER_PROVINCE,
    OTHER_DISTRICT,
    /** The same district, or the same province when the committee has no district above it. */
    SAME_AREA,
    /** The transfer or the committee does not say enough to tell. */
    UNKNOWN
}
