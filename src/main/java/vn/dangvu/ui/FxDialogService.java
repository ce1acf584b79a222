package vn.dangvu.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    /** Where the clerk last saved a file this session: the next save starts there. */
    private Path lastFolder;

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
    public Optional<Path> chooseFile(String title, String description, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(description + " (" + String.join(", ", patterns) + ")", patterns),
                new FileChooser.ExtensionFilter("Mọi tệp", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> askSaveFile(String title, String suggestedName, String typeName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(typeName + " (*" + extension + ")",
                "*" + extension));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        } else {
            Path documents = Path.of(System.getProperty("user.home"), "Documents");
            chooser.setInitialDirectory((Files.isDirectory(documents) ? documents
                    : Path.of(System.getProperty("user.home"))).toFile());
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = chosen.toPath();
        lastFolder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? file
                : file.resolveSibling(name + extension));
    }

    @Override
    public Optional<String> askPassword(String title, String label) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, title);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        dialog.getDialogPane().setContent(new VBox(8, new Label(label), field));
        dialog.getDialogPane().getButtonTypes().setAll(okButton(), cancelButton());
        dialog.setResultConverter(b -> b.getButtonData() == ButtonType.OK.getButtonData() ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
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

    /**
     * The desktop's own program for the file, started off the FX thread (it can take seconds to
     * answer); when the system has none, the clerk is told where the file is.
     */
    @Override
    public void openWithSystem(Path file) {
        Thread opener = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(file.toFile());
            } catch (java.io.IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> showInfo("Mở tệp", "Máy không có chương trình mở được tệp"
                        + " này. Tệp ở " + file));
            }
        }, "mo-tep");
        opener.setDaemon(true);
        opener.start();
    }
}
