package vn.dangvu.ui.stats;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import vn.dangvu.model.stats.StatisticsTable;
import vn.dangvu.ui.Dates;
import vn.dangvu.ui.Fxml;

/** The statistics screen: period controls, one tab per table, a double click lists who is behind a number. */
public final class StatisticsView {

    private final StatisticsViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<PeriodChoice> choice;
    @FXML private Label yearLabel;
    @FXML private Spinner<Integer> year;
    @FXML private Label fromLabel;
    @FXML private DatePicker from;
    @FXML private Label toLabel;
    @FXML private DatePicker to;
    @FXML private Button computeButton;
    @FXML private Button exportButton;
    @FXML private Label periodError;
    @FXML private TabPane tabs;
    @FXML private Label statusText;

    public StatisticsView(StatisticsViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Statistics.fxml");
    }

    @FXML
    private void initialize() {
        choice.getItems().setAll(PeriodChoice.values());
        choice.valueProperty().bindBidirectional(viewModel.choiceProperty());
        year.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1930, 2100, viewModel.yearProperty().get()));
        year.getValueFactory().valueProperty().bindBidirectional(viewModel.yearProperty());
        Dates.ddMMyyyy(from);
        Dates.ddMMyyyy(to);
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        var custom = viewModel.choiceProperty().isEqualTo(PeriodChoice.CUSTOM);
        for (var node : new javafx.scene.Node[] {fromLabel, from, toLabel, to}) {
            node.visibleProperty().bind(custom);
            node.managedProperty().bind(custom);
        }
        for (var node : new javafx.scene.Node[] {yearLabel, year}) {
            node.visibleProperty().bind(custom.not());
            node.managedProperty().bind(custom.not());
        }
        computeButton.disableProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.reportProperty().isNull().or(viewModel.busyProperty()));
        periodError.textProperty().bind(viewModel.periodErrorProperty());
        statusText.textProperty().bind(viewModel.statusTextProperty());
        viewModel.tables().addListener((javafx.collections.ListChangeListener<StatisticsTable>) c -> showTables());
    }

    private void showTables() {
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        tabs.getTabs().clear();
        for (StatisticsTable table : viewModel.tables()) {
            Tab tab = new Tab(table.code(), tableView(table));
            tab.setTooltip(new javafx.scene.control.Tooltip(table.title()));
            tabs.getTabs().add(tab);
        }
        if (selected < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(selected);
        }
    }

    private TableView<StatisticsLine> tableView(StatisticsTable table) {
        TableView<StatisticsLine> view = new TableView<>();
        view.setId("table-" + tabs.getTabs().size());
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StatisticsLine, String> label = column("Chỉ tiêu", StatisticsLine::label, 420);
        TableColumn<StatisticsLine, String> value = column("Kỳ này", StatisticsLine::value, 120);
        TableColumn<StatisticsLine, String> lastYear = column("Cùng kỳ năm trước", StatisticsLine::lastYear, 150);
        TableColumn<StatisticsLine, String> percent = column("Tỷ lệ (%)", StatisticsLine::percent, 110);
        for (var number : java.util.List.of(value, lastYear, percent)) {
            number.getStyleClass().add("number-column");
        }
        label.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                StatisticsLine line = empty ? null : getTableRow().getItem();
                setStyle(line != null && (line.row().isHeading() || line.row().depth() == 0) ? "-fx-font-weight: bold;" : "");
            }
        });
        view.getColumns().setAll(java.util.List.of(label, value, lastYear, percent));
        view.getItems().setAll(viewModel.lines(table));
        view.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) {
                return;
            }
            StatisticsLine line = view.getSelectionModel().getSelectedItem();
            var cells = view.getSelectionModel().getSelectedCells();
            boolean onLastYear = !cells.isEmpty() && cells.get(0).getTableColumn() == lastYear;
            if (line != null) {
                viewModel.peopleBehind(table, line, onLastYear, people -> new PeopleBehindView(people, viewModel::exportPeople).show(window()));
            }
        });
        view.getSelectionModel().setCellSelectionEnabled(true);
        view.setPlaceholder(new Label("Không có số liệu."));
        return view;
    }

    private static TableColumn<StatisticsLine, String> column(String title,
            java.util.function.Function<StatisticsLine, String> value, double width) {
        TableColumn<StatisticsLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        return column;
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void compute() {
        viewModel.compute();
    }

    @FXML
    private void exportWorkbook() {
        viewModel.exportWorkbook();
    }

    public Parent root() {
        return root;
    }

    public StatisticsViewModel viewModel() {
        return viewModel;
    }

    /** Computes the current year's report the first time the screen is shown. */
    public void showing() {
        if (viewModel.reportProperty().get() == null && !viewModel.busyProperty().get()) {
            viewModel.compute();
        }
    }
}
