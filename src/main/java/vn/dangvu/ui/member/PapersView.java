package vn.dangvu.ui.member;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.ui.Fxml;

/** The papers tab of a member's page: thumbnails by type, what is missing, adding and printing. */
public final class PapersView {

    private final PapersViewModel viewModel;
    private final Parent root;
    private String memberName = "";

    @FXML private Label missingPapers;
    @FXML private ListView<PaperTile> papers;
    @FXML private Label paperNotice;
    @FXML private Label paperError;
    @FXML private ComboBox<PaperType> paperType;
    @FXML private TextField paperDate;
    @FXML private TextField paperNote;
    @FXML private Button addPaper;
    @FXML private Button openPaper;
    @FXML private Button replacePaper;
    @FXML private Button removePaper;
    @FXML private Button printSheet;
    @FXML private Button transferPackage;

    public PapersView(PapersViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Papers.fxml");
    }

    @FXML
    private void initialize() {
        missingPapers.textProperty().bind(viewModel.missingProperty());
        missingPapers.managedProperty().bind(missingPapers.textProperty().isNotEmpty());
        paperNotice.textProperty().bind(viewModel.noticeProperty());
        paperNotice.managedProperty().bind(paperNotice.textProperty().isNotEmpty());
        paperError.textProperty().bind(viewModel.errorProperty());
        paperError.managedProperty().bind(paperError.textProperty().isNotEmpty());
        papers.setItems(viewModel.tiles());
        papers.setPlaceholder(new Label("Chưa có giấy tờ, ảnh nào. Chọn loại giấy tờ bên dưới rồi bấm \"Thêm…\"."));
        papers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PaperTile tile, boolean empty) {
                super.updateItem(tile, empty);
                setText(null);
                if (empty || tile == null) {
                    setGraphic(null);
                    return;
                }
                ImageView thumbnail = new ImageView(tile.thumbnail());
                thumbnail.setPreserveRatio(true);
                thumbnail.setFitHeight(80);
                Label title = new Label(tile.title());
                title.getStyleClass().add("timeline-date");
                title.setWrapText(true);
                Label details = new Label(tile.details());
                details.getStyleClass().add("muted");
                details.setWrapText(true);
                VBox text = new VBox(2, title, details);
                text.maxWidthProperty().bind(list.widthProperty().subtract(130));
                setGraphic(new HBox(10, thumbnail, text));
            }
        });
        papers.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.open(papers.getSelectionModel().getSelectedItem());
            }
        });
        paperType.setItems(viewModel.types());
        paperType.valueProperty().bindBidirectional(viewModel.type);
        paperDate.textProperty().bindBidirectional(viewModel.date);
        paperNote.textProperty().bindBidirectional(viewModel.note);
        var nothingChosen = papers.getSelectionModel().selectedItemProperty().isNull();
        for (Button button : new Button[] {openPaper, replacePaper, removePaper}) {
            button.disableProperty().bind(nothingChosen.or(viewModel.busyProperty()));
        }
        addPaper.disableProperty().bind(viewModel.busyProperty());
        printSheet.disableProperty().bind(viewModel.busyProperty());
        transferPackage.disableProperty().bind(viewModel.busyProperty());
    }

    /** The member's name, for the suggested file names. */
    public void setMemberName(String name) {
        memberName = name;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void open() {
        viewModel.open(papers.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void replace() {
        viewModel.replace(papers.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void remove() {
        viewModel.remove(papers.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void printSheet() {
        viewModel.printSheet(memberName);
    }

    @FXML
    private void transferPackage() {
        viewModel.transferPackage(memberName);
    }
}
