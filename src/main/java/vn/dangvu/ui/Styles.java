package vn.dangvu.ui;

/** The app's stylesheet. */
public final class Styles {

    public static final String APP = Styles.class.getResource("/vn/dangvu/ui/app.css").toExternalForm();

    private Styles() {
    }
}
