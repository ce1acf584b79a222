package vn.dangvu.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with its view as the controller. */
public final class Fxml {

    private Fxml() {
    }

    /**
     * The root of the layout {@code fxml}, its {@code fx:id} fields and handlers bound to {@code view}.
     * Names resolve as resources of the view's class: "Due.fxml" is the one beside it in
     * resources, "/vn/dangvu/ui/due/due.css" any other.
     *
     * @param stylesheets the screen's own stylesheets, added to the root (the scene holds app.css)
     */
    public static <T extends Parent> T load(Object view, String fxml, String... stylesheets) {
        FXMLLoader loader = new FXMLLoader(resource(view, fxml), null, null, null, StandardCharsets.UTF_8);
        loader.setController(view);
        T root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("Không tải được " + fxml + ": " + e.getMessage(), e);
        }
        for (String sheet : stylesheets) {
            root.getStylesheets().add(resource(view, sheet).toExternalForm());
        }
        return root;
    }

    private static URL resource(Object view, String name) {
        URL url = view.getClass().getResource(name);
        if (url == null) {
            // A file missing from the jar: a build fault, said plainly rather than as a null pointer.
            throw new IllegalStateException("Thiếu tệp giao diện " + name + " cạnh " + view.getClass().getName());
        }
        return url;
    }
}
