package vn.dangvu.ui;

/** The app's stylesheet and icon. */
public final class Styles {

    public static final String APP = Styles.class.getResource("/vn/dangvu/ui/app.css").toExternalForm();

    /** The window icon, from resources/icons (drawn by installer/make-icons.sh). */
    public static final String ICON = Styles.class.getResource("/icons/dangvu.png").toExternalForm();

    private Styles() {
    }
}
