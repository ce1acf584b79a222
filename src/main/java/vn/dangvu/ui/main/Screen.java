package vn.dangvu.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;

/**
 * One line of the main window's navigation: its button, and its view, built the first time it is
 * shown so that the window opens sooner.
 *
 * @param <V> the view
 */
final class Screen<V> {

    private final ToggleButton button;
    private final Supplier<V> build;
    private final Function<V, Parent> root;
    private final Consumer<V> onShow;
    private V view;

    /** @param onShow what showing it does each time (reading its data again) */
    Screen(String label, String id, Supplier<V> build, Function<V, Parent> root, Consumer<V> onShow) {
        this.button = new ToggleButton(label);
        this.build = build;
        this.root = root;
        this.onShow = onShow;
        button.setId(id);
    }

    ToggleButton button() {
        return button;
    }

    /** The view, built now if it was not yet. */
    V view() {
        if (view == null) {
            view = build.get();
        }
        return view;
    }

    /** The view if it has been shown or asked for. */
    Optional<V> built() {
        return Optional.ofNullable(view);
    }

    /** Selects its button and puts its view in the middle of the window. */
    void showIn(BorderPane window) {
        button.setSelected(true);
        window.setCenter(root.apply(view()));
        onShow.accept(view);
    }
}
