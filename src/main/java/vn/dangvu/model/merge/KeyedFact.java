package vn.dangvu.model.merge;

import java.util.Objects;

/**
 * A record a person has at most one of per key, described on both sides: a year's rating, a
 * badge milestone, a month's fee, the fee basis. Null where that side has none.
 *
 * @param field "Xếp loại năm 2023"
 */
public record KeyedFact(String field, String here, String there) {

    public KeyedFact {
        Objects.requireNonNull(field, "field");
    }

    /** Both sides hold one and they differ. */
    public boolean disagrees() {
        return here != null && there != null && !here.equals(there);
    }
}
