package vn.dangvu.ui.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Sex;
import vn.dangvu.model.register.RegisterFilter.StatusFilter;
import vn.dangvu.ui.Choices;
import vn.dangvu.ui.Dates;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Tables;

/** The register screen: search, filters, "as of" day and the member table. */
public final class RegisterView {

    private final RegisterViewModel viewModel;
    private final Parent root;
    private LongConsumer onOpen = id -> { };
    private Runnable onAdd = () -> { };

    @FXML private TextField search;
    @FXML private DatePicker asOf;
    @FXML private Button open;
    @FXML private Button export;
    @FXML private ComboBox<vn.dangvu.model.Branch> branch;
    @FXML private ComboBox<StatusFilter> status;
    @FXML private ComboBox<Sex> sex;
    @FXML private ComboBox<AgeBand> ageBand;
    @FXML private ComboBox<vn.dangvu.model.register.RegisterFilter.EthnicityFilter> ethnicity;
    @FXML private ComboBox<Boolean> exempt;
    @FXML private TableView<RegisterLine> table;
    @FXML private Label statusText;
    @FXML private Label placeholder;

    public RegisterView(RegisterViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Register.fxml");
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        Dates.ddMMyyyy(asOf);
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        Choices.bindFilter(branch, viewModel.branches(), viewModel.branchProperty(), "Tất cả chi bộ",
                b -> b.name() + (b.dissolvedOn() == null ? "" : " (đã giải thể)"));
        status.getItems().setAll(StatusFilter.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        Choices.bindFilter(sex, FXCollections.observableArrayList(Sex.values()), viewModel.sexProperty(),
                "Nam và nữ", Sex::label);
        Choices.bindFilter(ageBand, FXCollections.observableArrayList(AgeBand.values()), viewModel.ageBandProperty(),
                "Mọi độ tuổi", band -> "Tuổi " + band.label());
        Choices.bindFilter(ethnicity, viewModel.ethnicities(), viewModel.ethnicityProperty(), "Mọi dân tộc",
                Object::toString);
        Choices.bindFilter(exempt, FXCollections.observableArrayList(true, false), viewModel.exemptProperty(),
                "Miễn SH: tất cả", e -> e ? "Được miễn sinh hoạt" : "Không miễn");
        statusText.textProperty().bind(viewModel.statusTextProperty());
        placeholder.textProperty().bind(viewModel.emptyMessageProperty());
        buildTable();
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        export.disableProperty().bind(viewModel.exportingProperty());
    }

    private void buildTable() {
        TableColumn<RegisterLine, Number> number = new TableColumn<>("STT");
        number.setSortable(false);
        number.setPrefWidth(50);
        number.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || getTableRow() == null ? null : String.valueOf(getIndex() + 1));
            }
        });
        TableColumn<RegisterLine, RegisterLine> name = new TableColumn<>("Họ và tên");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setComparator(Comparator.comparingInt(RegisterLine::nameRank));
        name.setCellFactory(c -> textCell(RegisterLine::fullName));
        name.setPrefWidth(200);
        List<TableColumn<RegisterLine, ?>> columns = List.of(number, name,
                dateColumn("Ngày sinh", RegisterLine::birthDate),
                textColumn("Giới tính", RegisterLine::sex, 70),
                textColumn("Chi bộ", RegisterLine::branchName, 190),
                dateColumn("Ngày vào Đảng", l -> l.row().admissionDate()),
                dateColumn("Ngày chính thức", l -> l.row().officialDate()),
                textColumn("Trạng thái", RegisterLine::status, 170));
        table.getColumns().setAll(columns);
        SortedList<RegisterLine> sorted = viewModel.sortedLines();
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Tables.openOnDoubleClickOrEnter(table, TableRow::new, this::openSelected);
    }

    private static TableColumn<RegisterLine, String> textColumn(String title, Function<RegisterLine, String> value,
                                                                double width) {
        TableColumn<RegisterLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(vn.dangvu.model.NameOrder.collator()::compare);
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<RegisterLine, LocalDate> dateColumn(String title,
                                                                  Function<RegisterLine, LocalDate> value) {
        TableColumn<RegisterLine, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : DateFormats.format(item));
            }
        });
        column.setPrefWidth(105);
        return column;
    }

    private static TableCell<RegisterLine, RegisterLine> textCell(Function<RegisterLine, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(RegisterLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @FXML
    private void openSelected() {
        RegisterLine selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            onOpen.accept(selected.id());
        }
    }

    @FXML
    private void addMember() {
        onAdd.run();
    }

    @FXML
    private void exportToExcel() {
        viewModel.exportToExcel();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    /** Selects and shows a member (after a save). */
    public void select(long memberId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == memberId) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void setOnOpen(LongConsumer onOpen) {
        this.onOpen = onOpen;
    }

    public void setOnAdd(Runnable onAdd) {
        this.onAdd = onAdd;
    }

    public Parent root() {
        return root;
    }
}
