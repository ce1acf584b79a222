package vn.dangvu.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(new ButtonType("Đồng ý", ButtonType.OK.getButtonData()),
                new ButtonType("Hủy", ButtonType.CANCEL.getButtonData()));
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonType.OK.getButtonData()).orElse(false);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        prepare(dialog, title);
        dialog.setContentText(label);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<LocalDate> askDate(String title, String label, LocalDate initial) {
        Dialog<LocalDate> dialog = new Dialog<>();
        prepare(dialog, title);
        DatePicker picker = Dates.picker(initial);
        dialog.getDialogPane().setContent(new VBox(8, new Label(label), picker));
        dialog.getDialogPane().getButtonTypes().setAll(okButton(), cancelButton());
        dialog.setResultConverter(b -> b.getButtonData() == ButtonType.OK.getButtonData() ? picker.getValue() : null);
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String label, List<T> choices, T initial) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial, choices);
        prepare(dialog, title);
        dialog.setContentText(label);
        return dialog.showAndWait();
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String description,
                                                       String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                description + " (*." + extension + ")", "*." + extension));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        // Windows adds the extension, other systems may not.
        String name = file.getName();
        return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file.toPath()
                : file.toPath().resolveSibling(name + "." + extension));
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, okButton());
        prepare(alert, title);
        alert.setHeaderText(null);
        return alert;
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStylesheets().add(Styles.APP);
        if (dialog.getDialogPane().lookupButton(ButtonType.OK) instanceof javafx.scene.control.Button ok) {
            ok.setText("Đồng ý");
        }
        if (dialog.getDialogPane().lookupButton(ButtonType.CANCEL) instanceof javafx.scene.control.Button cancel) {
            cancel.setText("Hủy");
        }
    }

    private static ButtonType okButton() {
        return new ButtonType("Đồng ý", ButtonType.OK.getButtonData());
    }

    private static ButtonType cancelButton() {
        return new ButtonType("Hủy", ButtonType.CANCEL.getButtonData());
    }
}
