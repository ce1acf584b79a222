package vn.dangvu.ui;

import java.util.function.LongConsumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A form shown as a window over its owner, which waits for it: the app's look, Ctrl+S saves. */
public final class FormWindow {

    private FormWindow() {
    }

    public static void show(Stage stage, Parent form, String title, Window owner, Runnable save) {
        Scene scene = new Scene(form);
        scene.getStylesheets().add(Styles.APP);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save);
        stage.setScene(scene);
        stage.setTitle(title);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
    }

    /** What a form does once its record is saved: closes its window, then tells the owner the record's id. */
    public static LongConsumer closeThen(Stage stage, LongConsumer onSaved) {
        return id -> {
            stage.close();
            onSaved.accept(id);
        };
    }
}
