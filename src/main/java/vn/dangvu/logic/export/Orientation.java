package vn.dangvu.logic.export;

/** How an A4 page is turned: wide tables go landscape. */
public enum Orientation {
    PORTRAIT,
    LANDSCAPE
}
