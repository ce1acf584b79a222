package vn.dangvu.ui.rating;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import vn.dangvu.model.Branch;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.ui.Fxml;

/**
 * The rating screen: a tab for the members of a branch (keyboard entry: X/T/H/K or 1–4, or a
 * score and Enter from 2025), one for the branches and the committee, one for the tables.
 */
public final class RatingView {

    private final RatingViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Integer> year;
    @FXML private ComboBox<Branch> branch;
    @FXML private Button saveButton;
    @FXML private Label regime;
    @FXML private Label keyHelp;
    @FXML private TableView<RatingLine> grid;
    @FXML private Label typing;
    @FXML private ListView<String> notRated;
    @FXML private Label warningsTitle;
    @FXML private ListView<String> warnings;
    @FXML private ComboBox<RatingGrade> committee;
    @FXML private TableView<BranchGradeLine> branches;
    @FXML private Label branchWarningsTitle;
    @FXML private ListView<String> branchWarnings;
    @FXML private Tab tablesTab;
    @FXML private TextField fromYear;
    @FXML private TextField toYear;
    @FXML private TableView<DistributionLine> distribution;
    @FXML private Label status;

    public RatingView(RatingViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Rating.fxml", "rating.css");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                viewModel.save();
                e.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Called each time the screen is shown: loads the year the first time. */
    public void showing() {
        if (viewModel.branches().isEmpty()) {
            viewModel.load();
        }
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindMembers();
        bindOrganisations();
        bindDistribution();
        status.textProperty().bind(viewModel.statusProperty());
    }

    private void bindToolbar() {
        int current = viewModel.yearProperty().get();
        for (int y = current + 1; y >= current - 30; y--) {
            year.getItems().add(y);
        }
        year.setValue(current);
        year.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(viewModel.yearProperty().get())) {
                viewModel.yearProperty().set(now);
                viewModel.load();
            }
        });
        branch.setItems(viewModel.branches());
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        regime.textProperty().bind(viewModel.regimeTextProperty());
    }

    private void bindMembers() {
        grid.setItems(viewModel.lines());
        TableColumn<RatingLine, String> number = new TableColumn<>("STT");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(grid.getItems().indexOf(c.getValue()) + 1)));
        number.setPrefWidth(45);
        TableColumn<RatingLine, Integer> score = new TableColumn<>("Điểm");
        score.setCellValueFactory(c -> c.getValue().scoreProperty());
        score.setPrefWidth(60);
        score.visibleProperty().bind(viewModel.regimeTextProperty().map(t -> viewModel.regime().scored()));
        TableColumn<RatingLine, Integer> sickLeave = new TableColumn<>("Nghỉ ốm (tháng)");
        sickLeave.setCellValueFactory(c -> c.getValue().sickLeaveMonthsProperty());
        sickLeave.setCellFactory(TextFieldTableCell.forTableColumn(months()));
        sickLeave.setPrefWidth(125);
        TableColumn<RatingLine, String> note = new TableColumn<>("Ghi chú");
        note.setCellValueFactory(c -> c.getValue().noteProperty());
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        note.setPrefWidth(150);
        grid.getColumns().setAll(java.util.List.of(number, text("Họ và tên", RatingLine::name, 180),
                text("Ngày sinh", RatingLine::birthDate, 90), gradeColumn("Tự đánh giá", RatingLine::selfGradeProperty),
                gradeColumn("Chi bộ đề xuất", RatingLine::proposedGradeProperty), score,
                gradeColumn("Xếp loại", RatingLine::gradeProperty), sickLeave, note,
                text("Tình trạng", RatingLine::situation, 230)));
        grid.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            RatingLine line = grid.getSelectionModel().getSelectedItem();
            if (grid.getEditingCell() == null && viewModel.key(line, e.getCharacter())) {
                grid.getSelectionModel().selectNext();
                grid.scrollTo(Math.max(0, grid.getSelectionModel().getSelectedIndex() - 5));
                e.consume();
            }
        });
        keyHelp.textProperty().bind(viewModel.keyHelpProperty());
        typing.textProperty().bind(viewModel.typingProperty().map(t -> t.isEmpty() ? "" : "Điểm đang gõ: " + t));
        notRated.setItems(viewModel.notRated());
        bindWarnings(warningsTitle, warnings);
    }

    /**
     * The checks' warnings with their number in the title (the list scrolls): on the members'
     * tab and on the branches' one, since a branch's grade is checked against its members.
     */
    private void bindWarnings(Label title, ListView<String> list) {
        list.setItems(viewModel.warnings());
        title.textProperty().bind(Bindings.size(viewModel.warnings()).map(n -> n.intValue() == 0
                ? "Cảnh báo (không tự sửa xếp loại): không có."
                : "Cảnh báo (" + n + ", không tự sửa xếp loại):"));
    }

    /** Months of sick leave typed in a cell: a whole number 0–12, empty for none; anything else is left out. */
    private static StringConverter<Integer> months() {
        return new StringConverter<>() {
            @Override
            public String toString(Integer months) {
                return months == null ? "" : months.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int months = Integer.parseInt(text.strip());
                    return months >= 0 && months <= 12 ? months : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        };
    }

    private void bindOrganisations() {
        branches.setItems(viewModel.branchLines());
        TableColumn<BranchGradeLine, RatingGrade> grade = new TableColumn<>("Xếp loại");
        grade.setCellValueFactory(c -> c.getValue().gradeProperty());
        grade.setCellFactory(ComboBoxTableCell.forTableColumn(converter(true), grades()));
        grade.setPrefWidth(280);
        TableColumn<BranchGradeLine, String> name = new TableColumn<>("Chi bộ");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(280);
        branches.getColumns().setAll(java.util.List.of(name, grade));
        committee.setItems(FXCollections.observableArrayList(grades()));
        committee.setConverter(converter(true));
        committee.valueProperty().bindBidirectional(viewModel.committeeGradeProperty());
        bindWarnings(branchWarningsTitle, branchWarnings);
    }

    private void bindDistribution() {
        // Opened, the tab shows the tables of the years typed, with the grades saved since.
        tablesTab.setOnSelectionChanged(e -> {
            if (tablesTab.isSelected()) {
                viewModel.loadDistribution();
            }
        });
        fromYear.textProperty().bindBidirectional(viewModel.fromYear);
        toYear.textProperty().bindBidirectional(viewModel.toYear);
        distribution.setItems(viewModel.distribution());
        java.util.List<TableColumn<DistributionLine, String>> columns = new java.util.ArrayList<>();
        columns.add(dist("Phạm vi", DistributionLine::scope, 230));
        columns.add(dist("Năm", DistributionLine::year, 55));
        for (RatingGrade grade : RatingGrade.values()) {
            columns.add(dist(grade.abbreviation(), l -> l.count(grade), 70));
            columns.add(dist("%", l -> l.share(grade), 70));
        }
        columns.add(dist("Số được xếp loại", DistributionLine::rated, 110));
        columns.add(dist("HTTNV trở lên", DistributionLine::goodOrBetter, 170));
        distribution.getColumns().setAll(columns);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void load() {
        viewModel.load();
    }

    @FXML
    private void clearCommittee() {
        committee.setValue(null);
    }

    @FXML
    private void loadDistribution() {
        viewModel.loadDistribution();
    }

    @FXML
    private void exportDistribution() {
        viewModel.exportDistribution();
    }

    private TableColumn<RatingLine, RatingGrade> gradeColumn(String title,
            Function<RatingLine, ObservableValue<RatingGrade>> property) {
        TableColumn<RatingLine, RatingGrade> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(converter(false), grades()));
        column.setPrefWidth(title.equals("Xếp loại") ? 210 : 115);
        if (title.equals("Xếp loại")) {
            column.setId("rating-grade-column");
            column.setOnEditCommit(e -> viewModel.setGrade(e.getRowValue(), e.getNewValue()));
        }
        return column;
    }

    private static RatingGrade[] grades() {
        return RatingGrade.values();
    }

    private StringConverter<RatingGrade> converter(boolean organisation) {
        return new StringConverter<>() {
            @Override
            public String toString(RatingGrade grade) {
                return viewModel.label(grade, organisation);
            }

            @Override
            public RatingGrade fromString(String text) {
                return null;
            }
        };
    }

    private static TableColumn<RatingLine, String> text(String title, Function<RatingLine, String> value, double width) {
        TableColumn<RatingLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setEditable(false);
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<DistributionLine, String> dist(String title, Function<DistributionLine, String> value,
                                                              double width) {
        TableColumn<DistributionLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        return column;
    }
}
