package vn.dangvu.ui.meeting;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.meeting.AtRiskMember;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Tables;

/** The meetings screen: branch and year, the calendar grid, the recorded meetings, the at-risk list. */
public final class MeetingsView {

    private final MeetingsViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Branch> branch;
    @FXML private ComboBox<Integer> year;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button printButton;
    @FXML private CheckBox withPdf;
    @FXML private GridPane calendar;
    @FXML private Label summary;
    @FXML private Label messageText;
    @FXML private TableView<MeetingLine> meetingsTable;
    @FXML private TableColumn<MeetingLine, String> dateColumn;
    @FXML private TableColumn<MeetingLine, String> kindColumn;
    @FXML private TableColumn<MeetingLine, String> timeColumn;
    @FXML private TableColumn<MeetingLine, String> presentColumn;
    @FXML private TableColumn<MeetingLine, Number> unexcusedColumn;
    @FXML private TableColumn<MeetingLine, String> warningColumn;
    @FXML private TableView<AtRiskMember> atRiskTable;
    @FXML private Label approachingTitle;
    @FXML private TableView<AtRiskMember> approachingTable;

    @FXML
    private void recordValidReason() {
        AtRiskMember chosen = atRiskTable.getSelectionModel().getSelectedItem();
        viewModel.recordValidReason(chosen != null ? chosen : approachingTable.getSelectionModel().getSelectedItem());
    }

    public MeetingsView(MeetingsViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Meetings.fxml", "meetings.css");
    }

    @FXML
    private void initialize() {
        branch.setItems(viewModel.branches());
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());
        year.setItems(viewModel.years());
        year.valueProperty().bindBidirectional(viewModel.yearProperty());
        withPdf.selectedProperty().bindBidirectional(viewModel.withPdfProperty());
        withPdf.disableProperty().bind(viewModel.pdfAvailableProperty().not());
        withPdf.setTooltip(new Tooltip("Cần LibreOffice trên máy để tạo bản PDF."));
        newButton.disableProperty().bind(viewModel.branchProperty().isNull().or(viewModel.busyProperty()));
        printButton.disableProperty().bind(viewModel.branchProperty().isNull().or(viewModel.busyProperty()));
        editButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        deleteButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        summary.textProperty().bind(viewModel.summaryProperty());
        messageText.textProperty().bind(viewModel.messageProperty());

        meetingsTable.setItems(viewModel.meetings());
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().date()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        presentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().attendance()));
        unexcusedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().unexcused()));
        warningColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lengthWarning()));
        meetingsTable.getSelectionModel().selectedItemProperty().addListener((o, a, line) ->
                viewModel.selectedProperty().set(line));
        Tables.openOnDoubleClickOrEnter(meetingsTable, TableRow::new, this::editMeeting);

        showAtRisk(atRiskTable, viewModel.atRisk());
        showAtRisk(approachingTable, viewModel.approaching());
        approachingTitle.setText(viewModel.approachingTitle());
        // One member at a time is chosen for a valid reason, in either list.
        atRiskTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                approachingTable.getSelectionModel().clearSelection();
            }
        });
        approachingTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                atRiskTable.getSelectionModel().clearSelection();
            }
        });

        viewModel.months().addListener((ListChangeListener<CalendarCell>) c -> drawCalendar());
        viewModel.quarters().addListener((ListChangeListener<CalendarCell>) c -> drawCalendar());
        viewModel.selectedMonthProperty().addListener((o, a, b) -> drawCalendar());
    }

    /** The columns of an at-risk list: name, branch, months, the meetings missed. */
    private static void showAtRisk(TableView<AtRiskMember> table, ObservableList<AtRiskMember> items) {
        TableColumn<AtRiskMember, String> name = new TableColumn<>("Họ và tên");
        name.setPrefWidth(160);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name().full()));
        TableColumn<AtRiskMember, String> branch = new TableColumn<>("Chi bộ");
        branch.setPrefWidth(150);
        branch.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().branchName()));
        TableColumn<AtRiskMember, Number> months = new TableColumn<>("Số tháng");
        months.setPrefWidth(75);
        months.setMinWidth(75);
        months.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().months()));
        TableColumn<AtRiskMember, String> dates = new TableColumn<>("Các buổi vắng");
        dates.setPrefWidth(160);
        dates.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().absences().stream()
                .map(DateFormats::format).collect(Collectors.joining(", "))));
        table.getColumns().setAll(List.of(name, branch, months, dates));
        table.setItems(items);
    }

    /** Months in two rows of six, then the four quarters' thematic meetings. */
    private void drawCalendar() {
        calendar.getChildren().clear();
        List<CalendarCell> months = viewModel.months();
        for (int i = 0; i < months.size(); i++) {
            calendar.add(cellButton(months.get(i)), i % 6, i / 6);
        }
        List<CalendarCell> quarters = viewModel.quarters();
        for (int i = 0; i < quarters.size(); i++) {
            Button quarter = cellButton(quarters.get(i));
            calendar.add(quarter, (i % 2) * 3, 2 + i / 2, 3, 1);
            quarter.setMaxWidth(Double.MAX_VALUE);
        }
    }

    private Button cellButton(CalendarCell cell) {
        Button button = new Button(cell.label() + "\n" + cell.detail());
        button.getStyleClass().add(cell.styleClass());
        if (cell.tooShort()) {
            button.getStyleClass().add("calendar-short");
        }
        if (cell.month().equals(viewModel.selectedMonthProperty().get()) && cell.label().startsWith("Tháng")) {
            button.getStyleClass().add("calendar-selected");
        }
        button.setTooltip(new Tooltip(cell.status().label() + (cell.tooShort() ? "; có buổi ngắn hơn quy định" : "")));
        button.setOnAction(e -> viewModel.selectMonth(cell.month()));
        return button;
    }

    public Parent root() {
        return root;
    }

    public MeetingsViewModel viewModel() {
        return viewModel;
    }

    /** Reloads the branches and the chosen year (call when the screen is shown). */
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void newMeeting() {
        Branch b = viewModel.branchProperty().get();
        if (b == null) {
            return;
        }
        MeetingFormViewModel form = viewModel.form();
        MeetingFormView view = new MeetingFormView(form);
        form.startNew(b, viewModel.dayForNewMeeting());
        view.show(window(), viewModel::saved);
    }

    @FXML
    private void editMeeting() {
        Branch b = viewModel.branchProperty().get();
        MeetingLine line = viewModel.selectedProperty().get();
        if (b == null || line == null) {
            return;
        }
        MeetingFormViewModel form = viewModel.form();
        MeetingFormView view = new MeetingFormView(form);
        form.edit(b, line.id());
        view.show(window(), viewModel::saved);
    }

    @FXML
    private void deleteMeeting() {
        viewModel.deleteSelected();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
