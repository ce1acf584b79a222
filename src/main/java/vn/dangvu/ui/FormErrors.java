package vn.dangvu.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.model.InvalidField;

/**
 * How every form shows its view model's errors: a bulleted list in the error box, each field
 * with an error outlined in red with the message as its tooltip, and the first one focused.
 * Errors are keyed by the fx:id of the field they belong to; "form" for the form as a whole.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Puts a refusal under the field it names: a value the model refuses ({@link InvalidField}), a
     * save the logic rejects ({@link RecordRejected}); any other {@link IllegalArgumentException}
     * (a membership rule) under "form". False for any other error: a failure for the caller to report.
     */
    public static boolean putRefusal(Map<String, String> errors, Throwable error) {
        String field;
        if (error instanceof InvalidField invalid) {
            field = invalid.field();
        } else if (error instanceof RecordRejected rejected && rejected.field() != null) {
            field = rejected.field();
        } else if (error instanceof RecordRejected || error instanceof IllegalArgumentException) {
            field = "form";
        } else {
            return false;
        }
        errors.put(field, error.getMessage());
        return true;
    }

    public static void show(Parent root, Pane errorBox, Map<String, String> errors) {
        errorBox.getChildren().clear();
        root.lookupAll(".invalid").forEach(n -> {
            n.getStyleClass().remove("invalid");
            if (n instanceof Control c) {
                c.setTooltip(null);
            }
        });
        errors.forEach((field, message) -> {
            Label line = new Label("• " + message);
            line.getStyleClass().add("form-error");
            line.setWrapText(true);
            errorBox.getChildren().add(line);
            Node control = root.lookup("#" + field);
            if (control instanceof Control c) {
                c.getStyleClass().add("invalid");
                c.setTooltip(new Tooltip(message));
            }
        });
        errors.keySet().stream().findFirst().map(f -> root.lookup("#" + f)).ifPresent(Node::requestFocus);
    }
}
