package vn.dangvu.ui.branch;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NameOrder;
import vn.dangvu.ui.Dates;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;

/**
 * The branches screen (Chi bộ). Loads {@code Branches.fxml} with this object as controller and
 * binds it to a {@link BranchesViewModel}; nothing here touches a service.
 */
public final class BranchesView {

    private static final String CSS = "/vn/dangvu/ui/branch/branches.css";

    private final BranchesViewModel viewModel;
    private final Parent root;
    private boolean syncingSelection;

    @FXML private Button addButton;
    @FXML private Button renameButton;
    @FXML private Button kindButton;
    @FXML private Button dissolveButton;
    @FXML private Button mergeButton;
    @FXML private CheckBox showDissolved;
    @FXML private TableView<BranchRow> table;
    @FXML private TableColumn<BranchRow, String> nameColumn;
    @FXML private TableColumn<BranchRow, String> kindColumn;
    @FXML private TableColumn<BranchRow, LocalDate> foundedColumn;
    @FXML private TableColumn<BranchRow, String> statusColumn;
    @FXML private TableColumn<BranchRow, Integer> countColumn;
    @FXML private Label messageText;
    @FXML private Label statusText;

    public BranchesView(BranchesViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Branches.fxml", CSS);
    }

    @FXML
    private void initialize() {
        buildTable();
        showDissolved.selectedProperty().bindBidirectional(viewModel.showDissolvedProperty());
        addButton.disableProperty().bind(viewModel.busyProperty());
        renameButton.disableProperty().bind(viewModel.selectionMissingProperty());
        kindButton.disableProperty().bind(viewModel.selectionMissingProperty());
        dissolveButton.disableProperty().bind(viewModel.selectionNotActiveProperty());
        mergeButton.disableProperty().bind(viewModel.selectionNotActiveProperty());
        statusText.textProperty().bind(viewModel.statusTextProperty());
        messageText.textProperty().bind(viewModel.messageProperty());
    }

    private void buildTable() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setComparator(NameOrder.withNumbers());
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kindLabel()));
        foundedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().foundedOn()));
        foundedColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        foundedColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : DateFormats.format(item));
            }
        });
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        countColumn.setCellValueFactory(c -> c.getValue().memberCountProperty());
        countColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        countColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : BranchesViewModel.formatCount(item));
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BranchRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("branch-ended");
                if (!empty && item != null && item.ended()) {
                    getStyleClass().add("branch-ended");
                }
            }
        });
        SortedList<BranchRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (!syncingSelection) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((o, was, row) -> {
            if (table.getSelectionModel().getSelectedItem() == row) {
                return;
            }
            syncingSelection = true;
            try {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }
            } finally {
                syncingSelection = false;
            }
        });
    }

    // ---------------------------------------------------------------- public API

    public Parent root() {
        return root;
    }

    public BranchesViewModel viewModel() {
        return viewModel;
    }

    /** Reloads the branches in the background (call when the screen is shown). */
    public void refresh() {
        viewModel.load();
    }

    /** The current đảng số per branch id, computed by the main window from the register. */
    public void setCountsByBranch(Map<Long, Integer> counts) {
        viewModel.setCountsByBranch(counts);
    }

    /** Called after every saved change (so the register and the counts can be reloaded). */
    public void setOnChanged(Runnable onChanged) {
        viewModel.setOnChanged(onChanged);
    }

    // ---------------------------------------------------------------- actions

    @FXML
    private void addBranch() {
        viewModel.beginAdd();
        Dialog<ButtonType> dialog = new Dialog<>();
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Thêm chi bộ");
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStylesheets().addAll(Styles.APP,
                BranchesView.class.getResource(CSS).toExternalForm());
        ButtonType save = new ButtonType("Thêm", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Hủy", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);

        TextField name = new TextField();
        name.setPromptText("Ví dụ: Chi bộ thôn Đông");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(viewModel.newNameProperty());
        ComboBox<BranchKind> kind = new ComboBox<>(FXCollections.observableArrayList(BranchKind.values()));
        kind.valueProperty().bindBidirectional(viewModel.newKindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        DatePicker founded = Dates.picker(null);
        founded.getEditor().textProperty().addListener((o, a, text) -> viewModel.newFoundedTextProperty().set(text));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(viewModel.newBranchErrorProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("add-branch-form");
        form.addRow(0, new Label("Tên chi bộ:"), name);
        form.addRow(1, new Label("Loại:"), kind);
        form.addRow(2, new Label("Ngày thành lập:"), founded);
        Label foundedHint = new Label("dd/MM/yyyy, để trống nếu không rõ");
        foundedHint.getStyleClass().add("muted");
        form.add(foundedHint, 1, 3);
        form.add(error, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(form);

        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(viewModel.newBranchValidProperty().not());
        Platform.runLater(name::requestFocus);

        Optional<ButtonType> answer = dialog.showAndWait();
        name.textProperty().unbindBidirectional(viewModel.newNameProperty());
        kind.valueProperty().unbindBidirectional(viewModel.newKindProperty());
        saveButton.disableProperty().unbind();
        error.textProperty().unbind();
        if (answer.filter(b -> b == save).isPresent()) {
            viewModel.add();
        }
    }

    @FXML
    private void renameBranch() {
        viewModel.rename();
    }

    @FXML
    private void changeKind() {
        viewModel.changeKind();
    }

    @FXML
    private void dissolveBranch() {
        viewModel.dissolve();
    }

    @FXML
    private void mergeBranch() {
        viewModel.merge();
    }
}
