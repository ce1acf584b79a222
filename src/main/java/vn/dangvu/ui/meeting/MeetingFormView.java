package vn.dangvu.ui.meeting;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.ui.FormErrors;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;

/** The window for recording a meeting's minutes and attendance: Ctrl+S saves, Esc cancels. */
public final class MeetingFormView {

    private static final String CSS = "/vn/dangvu/ui/meeting/meetings.css";

    private final MeetingFormViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();
    private Consumer<Meeting> onSaved = m -> { };

    @FXML private Label title;
    @FXML private VBox errorBox;
    @FXML private Label countsText;
    @FXML private Label lengthWarning;
    @FXML private ComboBox<MeetingKind> kind;
    @FXML private TextField date;
    @FXML private TextField startTime;
    @FXML private TextField endTime;
    @FXML private TextField place;
    @FXML private TextField chair;
    @FXML private TextField secretary;
    @FXML private TextField guests;
    @FXML private TextField topic;
    @FXML private TextArea agenda;
    @FXML private TextArea previousReview;
    @FXML private TextArea content;
    @FXML private TextArea conclusion;
    @FXML private TextArea resolution;
    @FXML private TextField votesAgree;
    @FXML private TextField votesDisagree;
    @FXML private TextField votesAbstain;
    @FXML private TableView<AttendanceRow> attendance;
    @FXML private TableColumn<AttendanceRow, Number> numberColumn;
    @FXML private TableColumn<AttendanceRow, String> nameColumn;
    @FXML private TableColumn<AttendanceRow, String> statusColumn;
    @FXML private TableColumn<AttendanceRow, AttendanceRow> presentColumn;
    @FXML private TableColumn<AttendanceRow, AttendanceRow> excusedColumn;
    @FXML private TableColumn<AttendanceRow, AttendanceRow> unexcusedColumn;
    @FXML private TableColumn<AttendanceRow, AttendanceRow> reasonColumn;
    @FXML private TableView<SpeechRow> speeches;
    @FXML private TableColumn<SpeechRow, SpeechRow> speakerColumn;
    @FXML private TableColumn<SpeechRow, SpeechRow> speechColumn;
    @FXML private Button save;

    public MeetingFormView(MeetingFormViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "MeetingForm.fxml");
    }

    @FXML
    private void initialize() {
        Map<TextField, StringProperty> fields = Map.of(date, viewModel.date, startTime, viewModel.startTime,
                endTime, viewModel.endTime, place, viewModel.place, chair, viewModel.chair, secretary,
                viewModel.secretary, guests, viewModel.guests, topic, viewModel.topic, votesAgree, viewModel.votesAgree,
                votesDisagree, viewModel.votesDisagree);
        fields.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        votesAbstain.textProperty().bindBidirectional(viewModel.votesAbstain);
        Map<TextArea, StringProperty> areas = Map.of(agenda, viewModel.agenda, previousReview, viewModel.previousReview,
                content, viewModel.content, conclusion, viewModel.conclusion, resolution, viewModel.resolution);
        areas.forEach((area, property) -> area.textProperty().bindBidirectional(property));
        kind.getItems().setAll(MeetingKind.values());
        kind.valueProperty().bindBidirectional(viewModel.kind);
        topic.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.kind.get() == null || !viewModel.kind.get().thematic(), viewModel.kind));
        title.textProperty().bind(viewModel.titleProperty());
        countsText.textProperty().bind(viewModel.countsTextProperty());
        lengthWarning.textProperty().bind(viewModel.lengthWarningProperty());
        lengthWarning.managedProperty().bind(lengthWarning.textProperty().isNotEmpty());
        save.disableProperty().bind(viewModel.savingProperty().or(viewModel.readyProperty().not()));
        buildAttendance();
        buildSpeeches();
        viewModel.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
    }

    private void buildAttendance() {
        attendance.setItems(viewModel.attendance());
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        markColumn(presentColumn, AttendanceMark.PRESENT);
        markColumn(excusedColumn, AttendanceMark.ABSENT_EXCUSED);
        markColumn(unexcusedColumn, AttendanceMark.ABSENT_UNEXCUSED);
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        reasonColumn.setCellFactory(c -> new TextCell<>(AttendanceRow::reasonProperty, "lý do, nếu vắng có lý do"));
    }

    /** A radio button per row: one click marks the person. */
    private static void markColumn(TableColumn<AttendanceRow, AttendanceRow> column, AttendanceMark mark) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setStyle("-fx-alignment: center;");
        column.setCellFactory(c -> new TableCell<>() {
            private final RadioButton radio = new RadioButton();
            private final ChangeListener<AttendanceMark> follow = (o, was, now) -> radio.setSelected(now == mark);
            private AttendanceRow shown;

            {
                radio.setOnAction(e -> {
                    if (shown != null) {
                        shown.markProperty().set(mark);
                    }
                    radio.setSelected(shown != null && shown.markProperty().get() == mark);
                });
            }

            @Override
            protected void updateItem(AttendanceRow row, boolean empty) {
                super.updateItem(row, empty);
                if (shown != null) {
                    shown.markProperty().removeListener(follow);
                }
                shown = empty ? null : row;
                if (shown == null) {
                    setGraphic(null);
                    return;
                }
                radio.setSelected(row.markProperty().get() == mark);
                row.markProperty().addListener(follow);
                setGraphic(radio);
            }
        });
    }

    private void buildSpeeches() {
        speeches.setItems(viewModel.speeches());
        speakerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        speakerColumn.setCellFactory(c -> new TextCell<>(SpeechRow::speakerProperty, "đồng chí …"));
        speechColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        speechColumn.setCellFactory(c -> new TextCell<>(SpeechRow::textProperty, "ý kiến phát biểu"));
    }

    /** A text field always shown in the cell, bound to a property of the row (no edit mode to enter). */
    private static final class TextCell<R> extends TableCell<R, R> {
        private final TextField field = new TextField();
        private final java.util.function.Function<R, StringProperty> property;
        private StringProperty bound;

        TextCell(java.util.function.Function<R, StringProperty> property, String prompt) {
            this.property = property;
            field.setPromptText(prompt);
        }

        @Override
        protected void updateItem(R row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = property.apply(row);
            field.textProperty().bindBidirectional(bound);
            setGraphic(field);
        }
    }

    private void showErrors() {
        FormErrors.show(root, errorBox, viewModel.errors());
    }

    /** Shows the form as a window over the owner. */
    public void show(Window owner, Consumer<Meeting> onSaved) {
        this.onSaved = onSaved;
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(Styles.APP, MeetingFormView.class.getResource(CSS).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
        date.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save(meeting -> {
            stage.close();
            onSaved.accept(meeting);
        });
    }

    @FXML
    private void cancel() {
        stage.close();
    }

    @FXML
    private void markAllPresent() {
        viewModel.markAllPresent();
    }

    @FXML
    private void addSpeech() {
        viewModel.addSpeech();
        speeches.getSelectionModel().selectLast();
    }

    @FXML
    private void removeSpeech() {
        SpeechRow row = speeches.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.removeSpeech(row);
        }
    }
}
