package vn.dangvu.ui.member;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.model.Branch;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.discipline.DisciplineForm;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;

/** The member page window: summary, timeline, and recording an event. */
public final class MemberPageView {

    /** Ctrl+Z (Cmd+Z on a Mac): hoàn tác. */
    public static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final MemberPageViewModel viewModel;
    private final PapersViewModel papers;
    private final Parent root;
    private final Stage stage = new Stage();
    private Runnable onEdit = () -> { };
    private Runnable onChanged = () -> { };

    @FXML private Label heading;
    @FXML private Label summary;
    @FXML private Button edit;
    @FXML private ListView<TimelineItem> timeline;
    @FXML private ListView<HistoryLine> changes;
    @FXML private Label notice;
    @FXML private ComboBox<MembershipEventType> type;
    @FXML private TextField date;
    @FXML private Label branchLabel;
    @FXML private ComboBox<Branch> branch;
    @FXML private TextField decisionNumber;
    @FXML private TextField decisionDate;
    @FXML private TextField issuingBody;
    @FXML private VBox otherBox;
    @FXML private TextField otherOrganisation;
    @FXML private TextField otherProvince;
    @FXML private TextField otherDistrict;
    @FXML private TextField note;
    @FXML private Label error;
    @FXML private Label dateHint;
    @FXML private Tab papersTab;
    @FXML private Tab disciplineTab;
    @FXML private TableView<DisciplineLine> discipline;
    @FXML private ComboBox<DisciplineForm> disciplineForm;
    @FXML private TextField announcedOn;
    @FXML private TextField disciplineNumber;
    @FXML private TextField disciplineDate;
    @FXML private TextField disciplineBody;
    @FXML private TextField disciplineReason;
    @FXML private Label disciplineError;

    public MemberPageView(MemberPageViewModel viewModel, PapersViewModel papers) {
        this.viewModel = viewModel;
        this.papers = papers;
        root = Fxml.load(this, "MemberPage.fxml");
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        timeline.setItems(viewModel.timeline());
        timeline.setPlaceholder(new Label("Chưa có sự kiện nào."));
        timeline.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label when = new Label(item.date() + "  " + item.title());
                when.getStyleClass().add("timeline-date");
                Label details = new Label(item.details());
                details.getStyleClass().add("muted");
                details.setWrapText(true);
                details.maxWidthProperty().bind(list.widthProperty().subtract(40));
                setGraphic(new VBox(2, when, details));
                setText(null);
            }
        });
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        changes.setItems(viewModel.changes());
        changes.setPlaceholder(new Label("Chưa có thay đổi nào được ghi lại."));
        changes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryLine item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label what = new Label(item.sentence());
                what.setWrapText(true);
                what.maxWidthProperty().bind(list.widthProperty().subtract(40));
                Label when = new Label(item.when() + " · " + item.who());
                when.getStyleClass().add("muted");
                setGraphic(new VBox(2, what, when));
                setText(null);
            }
        });
        EventFormViewModel form = viewModel.eventForm();
        type.getItems().setAll(MembershipEventType.values());
        type.valueProperty().bindBidirectional(form.type);
        date.textProperty().bindBidirectional(form.date);
        branch.setItems(viewModel.activeBranches());
        branch.valueProperty().bindBidirectional(form.branch);
        var needsBranch = form.type.isNotNull().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> form.type.get() != null && form.type.get().branchUse() != MembershipEventType.BranchUse.NONE,
                form.type));
        branch.visibleProperty().bind(needsBranch);
        branchLabel.visibleProperty().bind(needsBranch);
        branch.managedProperty().bind(needsBranch);
        branchLabel.managedProperty().bind(needsBranch);
        otherBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> form.type.get() != null && form.type.get().namesOtherOrganisation(), form.type));
        otherBox.managedProperty().bind(otherBox.visibleProperty());
        decisionNumber.textProperty().bindBidirectional(form.decisionNumber);
        decisionDate.textProperty().bindBidirectional(form.decisionDate);
        issuingBody.textProperty().bindBidirectional(form.issuingBody);
        otherOrganisation.textProperty().bindBidirectional(form.otherOrganisation);
        otherProvince.textProperty().bindBidirectional(form.otherProvince);
        otherDistrict.textProperty().bindBidirectional(form.otherDistrict);
        note.textProperty().bindBidirectional(form.note);
        error.textProperty().bind(form.error);
        dateHint.textProperty().bind(form.dateHint);
        dateHint.visibleProperty().bind(form.dateHint.isNotEmpty());
        dateHint.managedProperty().bind(dateHint.visibleProperty());
        showDiscipline();
        showPapers();
        DisciplineFormViewModel punish = viewModel.disciplineForm();
        disciplineForm.getItems().setAll(DisciplineForm.values());
        disciplineForm.valueProperty().bindBidirectional(punish.form);
        announcedOn.textProperty().bindBidirectional(punish.announcedOn);
        disciplineNumber.textProperty().bindBidirectional(punish.decisionNumber);
        disciplineDate.textProperty().bindBidirectional(punish.decisionDate);
        disciplineBody.textProperty().bindBidirectional(punish.issuingBody);
        disciplineReason.textProperty().bindBidirectional(punish.reason);
        disciplineError.textProperty().bind(punish.error);
    }

    /** Hồ sơ giấy tờ: its own view, its history lines shown on the history tab as it changes. */
    private void showPapers() {
        PapersView view = new PapersView(papers);
        papersTab.setContent(view.root());
        papersTab.textProperty().bind(papers.tabTitleProperty());
        viewModel.headingProperty().addListener((o, was, name) -> view.setMemberName(name));
        papers.setOnChanged(() -> viewModel.load(() -> { }));
    }

    /** Kỷ luật: a table with the decision, its lapse and the fault on one readable line each. */
    private void showDiscipline() {
        disciplineTab.textProperty().bind(viewModel.disciplineTitleProperty());
        discipline.setItems(viewModel.discipline());
        discipline.setPlaceholder(new Label("Không có kỷ luật."));
        discipline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        discipline.getColumns().add(column("Hình thức", DisciplineLine::form, 90));
        discipline.getColumns().add(column("Ngày công bố", DisciplineLine::announcedOn, 95));
        discipline.getColumns().add(column("Quyết định", DisciplineLine::decision, 190));
        discipline.getColumns().add(column("Hiệu lực", DisciplineLine::effect, 190));
        discipline.getColumns().add(column("Nội dung vi phạm", DisciplineLine::reason, 200));
    }

    private static TableColumn<DisciplineLine, String> column(String title, Function<DisciplineLine, String> value,
                                                              double width) {
        TableColumn<DisciplineLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public void show(Window owner, Runnable onEdit, Runnable onChanged) {
        this.onEdit = onEdit;
        this.onChanged = onChanged;
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.APP);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        scene.getAccelerators().put(UNDO, this::undo);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.headingProperty().concat(" — Hồ sơ đảng viên"));
        stage.initOwner(owner);
        stage.show();
        viewModel.load(() -> { });
        papers.load();
    }

    /** Reloads after the member was edited elsewhere. */
    public void reload() {
        viewModel.load(() -> { });
        papers.load();
    }

    public Window window() {
        return stage;
    }

    @FXML
    private void edit() {
        onEdit.run();
    }

    @FXML
    private void recordDiscipline() {
        viewModel.recordDiscipline(onChanged);
    }

    @FXML
    private void undo() {
        viewModel.undo(onChanged);
        papers.load(); // after the undo, on the same background thread: it may have been a paper's
    }

    @FXML
    private void deleteEvent() {
        viewModel.deleteEvent(timeline.getSelectionModel().getSelectedItem(), onChanged);
    }

    @FXML
    private void record() {
        viewModel.recordEvent(onChanged);
    }
}
