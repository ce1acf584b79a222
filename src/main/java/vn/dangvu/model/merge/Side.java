package vn.dangvu.model.merge;

/** Which record of a person found twice: the one already here, or the source's. */
public enum Side {
    HERE,
    THERE
}
