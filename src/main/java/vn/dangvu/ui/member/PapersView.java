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

    @FXML private Label missing;
    @FXML private ListView<PaperTile> papers;
    @FXML private Label notice;
    @FXML private Label error;
    @FXML private ComboBox<PaperType> type;
    @FXML private TextField date;
    @FXML private TextField note;
    @FXML private Button add;
    @FXML private Button open;
    @FXML private Button replace;
    @FXML private Button remove;
    @FXML private Button printSheet;
    @FXML private Button transferPackage;

    public PapersView(PapersViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Papers.fxml");
    }

    @FXML
    private void initialize() {
        missing.textProperty().bind(viewModel.missingProperty());
        missing.managedProperty().bind(missing.textProperty().isNotEmpty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
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
        type.setItems(viewModel.types());
        type.valueProperty().bindBidirectional(viewModel.type);
        date.textProperty().bindBidirectional(viewModel.date);
        note.textProperty().bindBidirectional(viewModel.note);
        var nothingChosen = papers.getSelectionModel().selectedItemProperty().isNull();
        for (Button button : new Button[] {open, replace, remove}) {
            button.disableProperty().bind(nothingChosen.or(viewModel.busyProperty()));
        }
        add.disableProperty().bind(viewModel.busyProperty());
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
