package vn.dangvu.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work that waits for a window to be laid out: once, on the FX thread, after the next layout pulse. */
public final class NextLayout {

    private NextLayout() {
    }

    /** After the scene's next layout pulse. Call on the FX thread. */
    public static void of(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** After the first layout of the scene the node is put into (it has none yet). */
    public static void ofSceneOf(Node node, Runnable work) {
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    of(scene, work);
                }
            }
        });
    }
}
