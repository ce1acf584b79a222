package vn.dangvu.ui.paper;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import vn.dangvu.model.Branch;
import vn.dangvu.model.paper.MemberMissingPapers;
import vn.dangvu.ui.Fxml;

/** The "Hồ sơ còn thiếu" screen: a branch chosen above, its members' missing papers in red. */
public final class MissingPapersView {

    private final MissingPapersViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Branch> branch;
    @FXML private Button saveExcel;
    @FXML private TableView<MemberMissingPapers> table;
    @FXML private TableColumn<MemberMissingPapers, String> nameColumn;
    @FXML private TableColumn<MemberMissingPapers, String> branchColumn;
    @FXML private TableColumn<MemberMissingPapers, String> missingColumn;
    @FXML private Label status;

    public MissingPapersView(MissingPapersViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "MissingPapers.fxml");
    }

    public Parent root() {
        return root;
    }

    /** Reads the list again when the screen is shown: papers are added from members' pages. */
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void initialize() {
        branch.setItems(viewModel.branchChoices());
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());
        table.setItems(viewModel.lines());
        value(nameColumn, line -> line.name().full());
        value(branchColumn, MemberMissingPapers::branch);
        value(missingColumn, MissingPapersViewModel::missingText);
        missingColumn.setCellFactory(column -> wrapping());
        saveExcel.disableProperty().bind(viewModel.busyProperty());
        status.textProperty().bind(viewModel.statusProperty());
    }

    private static void value(TableColumn<MemberMissingPapers, String> column,
                              Function<MemberMissingPapers, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    /** The whole list of what is missing, over as many lines as it takes, in red. */
    private TableCell<MemberMissingPapers, String> wrapping() {
        TableCell<MemberMissingPapers, String> cell = new TableCell<>();
        Text text = new Text();
        text.getStyleClass().add("missing-text");
        text.wrappingWidthProperty().bind(missingColumn.widthProperty().subtract(12));
        text.textProperty().bind(cell.itemProperty());
        cell.setGraphic(text);
        cell.setPrefHeight(Control.USE_COMPUTED_SIZE);
        return cell;
    }

    @FXML
    private void saveExcel() {
        viewModel.saveExcel();
    }
}
