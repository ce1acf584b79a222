package vn.dangvu.ui.rating;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.dangvu.model.Branch;
import vn.dangvu.model.rating.RatingGrade;

/**
 * The rating screen: a tab for the members of a branch (keyboard entry: X/T/H/K or 1–4, or a
 * score and Enter from 2025), one for the branches and the committee, one for the tables.
 */
public final class RatingView {

    private final RatingViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<RatingLine> grid = new TableView<>();

    public RatingView(RatingViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("rating-screen");
        root.setPadding(new Insets(10));
        Tab tables = new Tab("Bảng tổng hợp", distribution());
        // Opened, the tab shows the tables of the years typed, with the grades saved since.
        tables.setOnSelectionChanged(e -> {
            if (tables.isSelected()) {
                viewModel.loadDistribution();
            }
        });
        TabPane tabs = new TabPane(new Tab("Xếp loại đảng viên", members()), new Tab("Xếp loại chi bộ, Đảng bộ",
                organisations()), tables);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(toolbar());
        root.setCenter(tabs);
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        root.setBottom(status);
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

    private VBox toolbar() {
        ComboBox<Integer> year = new ComboBox<>();
        int current = viewModel.yearProperty().get();
        for (int y = current + 1; y >= current - 30; y--) {
            year.getItems().add(y);
        }
        year.setId("rating-year");
        year.setValue(current);
        year.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(viewModel.yearProperty().get())) {
                viewModel.yearProperty().set(now);
                viewModel.load();
            }
        });
        ComboBox<Branch> branch = new ComboBox<>();
        branch.setId("rating-branch");
        branch.setItems(viewModel.branches());
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());
        Button save = new Button("Lưu xếp loại (Ctrl+S)");
        save.setId("rating-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> viewModel.save());
        save.disableProperty().bind(viewModel.busyProperty());
        Button reload = new Button("Tải lại");
        reload.setOnAction(e -> viewModel.load());
        HBox bar = new HBox(8, new Label("Năm"), year, new Label("Chi bộ"), branch, save, reload);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label regime = new Label();
        regime.textProperty().bind(viewModel.regimeTextProperty());
        regime.setWrapText(true);
        VBox top = new VBox(6, bar, regime);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private BorderPane members() {
        grid.setId("rating-grid");
        grid.setPlaceholder(new Label("Chưa có đảng viên nào phải xếp loại ở chi bộ và năm này."));
        grid.setEditable(true);
        grid.setItems(viewModel.lines());
        TableColumn<RatingLine, String> number = new TableColumn<>("STT");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(grid.getItems().indexOf(c.getValue()) + 1)));
        number.setPrefWidth(45);
        TableColumn<RatingLine, Integer> score = new TableColumn<>("Điểm");
        score.setCellValueFactory(c -> c.getValue().scoreProperty());
        score.setPrefWidth(60);
        score.visibleProperty().bind(viewModel.regimeTextProperty().map(t -> viewModel.regime().scored()));
        TableColumn<RatingLine, String> note = new TableColumn<>("Ghi chú");
        note.setCellValueFactory(c -> c.getValue().noteProperty());
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        note.setPrefWidth(150);
        grid.getColumns().setAll(java.util.List.of(number, text("Họ và tên", RatingLine::name, 180),
                text("Ngày sinh", RatingLine::birthDate, 90), gradeColumn("Tự đánh giá", RatingLine::selfGradeProperty),
                gradeColumn("Chi bộ đề xuất", RatingLine::proposedGradeProperty), score,
                gradeColumn("Xếp loại", RatingLine::gradeProperty), note, text("Tình trạng", RatingLine::situation, 230)));
        grid.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            RatingLine line = grid.getSelectionModel().getSelectedItem();
            if (grid.getEditingCell() == null && viewModel.key(line, e.getCharacter())) {
                grid.getSelectionModel().selectNext();
                grid.scrollTo(Math.max(0, grid.getSelectionModel().getSelectedIndex() - 5));
                e.consume();
            }
        });
        Label help = new Label();
        help.setId("rating-key-help");
        help.textProperty().bind(viewModel.keyHelpProperty());
        help.setWrapText(true);
        Label typing = new Label();
        typing.textProperty().bind(viewModel.typingProperty().map(t -> t.isEmpty() ? "" : "Điểm đang gõ: " + t));
        ListView<String> notRated = new ListView<>(viewModel.notRated());
        notRated.setId("rating-not-rated");
        notRated.setPrefHeight(110);
        // Side by side, so the grid keeps most of the height for the clerk's typing.
        VBox notRatedBox = new VBox(4, new Label("Không xếp loại (lý do):"), notRated);
        VBox warningsBox = warnings("rating-warnings", 120);
        HBox.setHgrow(notRatedBox, Priority.ALWAYS);
        HBox.setHgrow(warningsBox, Priority.ALWAYS);
        notRatedBox.setPrefWidth(0);
        warningsBox.setPrefWidth(0);
        VBox below = new VBox(4, typing, new HBox(10, notRatedBox, warningsBox));
        BorderPane pane = new BorderPane(grid);
        pane.setTop(help);
        pane.setBottom(below);
        BorderPane.setMargin(grid, new Insets(6, 0, 6, 0));
        return pane;
    }

    /**
     * The checks' warnings with their number in the title (the list scrolls): on the members'
     * tab and on the branches' one, since a branch's grade is checked against its members.
     */
    private VBox warnings(String id, double height) {
        ListView<String> warnings = new ListView<>(viewModel.warnings());
        warnings.setId(id);
        warnings.setPrefHeight(height);
        warnings.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
                setStyle(empty ? "" : "-fx-text-fill: #8a1c1c;");
            }
        });
        Label title = new Label();
        title.textProperty().bind(Bindings.size(viewModel.warnings()).map(n -> n.intValue() == 0
                ? "Cảnh báo (không tự sửa xếp loại): không có."
                : "Cảnh báo (" + n + ", không tự sửa xếp loại):"));
        VBox.setVgrow(warnings, Priority.ALWAYS);
        return new VBox(4, title, warnings);
    }

    private VBox organisations() {
        TableView<BranchGradeLine> table = new TableView<>(viewModel.branchLines());
        table.setId("rating-branches");
        table.setPlaceholder(new Label("Chưa có chi bộ nào trong năm này."));
        table.setEditable(true);
        TableColumn<BranchGradeLine, RatingGrade> grade = new TableColumn<>("Xếp loại");
        grade.setCellValueFactory(c -> c.getValue().gradeProperty());
        grade.setCellFactory(ComboBoxTableCell.forTableColumn(converter(true), grades()));
        grade.setPrefWidth(280);
        TableColumn<BranchGradeLine, String> name = new TableColumn<>("Chi bộ");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(280);
        table.getColumns().setAll(java.util.List.of(name, grade));
        ComboBox<RatingGrade> committee = new ComboBox<>(FXCollections.observableArrayList(grades()));
        committee.setConverter(converter(true));
        committee.valueProperty().bindBidirectional(viewModel.committeeGradeProperty());
        Button clear = new Button("Bỏ chọn");
        clear.setOnAction(e -> committee.setValue(null));
        VBox box = new VBox(8, new HBox(8, new Label("Xếp loại Đảng bộ:"), committee, clear), table,
                warnings("rating-branch-warnings", 140));
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox distribution() {
        TextField from = new TextField();
        from.textProperty().bindBidirectional(viewModel.fromYear);
        from.setPrefColumnCount(5);
        TextField to = new TextField();
        to.textProperty().bindBidirectional(viewModel.toYear);
        to.setPrefColumnCount(5);
        Button show = new Button("Xem bảng tổng hợp");
        show.setId("rating-show-distribution");
        show.setOnAction(e -> viewModel.loadDistribution());
        Button export = new Button("Xuất Excel…");
        export.setId("rating-export");
        export.setOnAction(e -> viewModel.exportDistribution());
        TableView<DistributionLine> table = new TableView<>(viewModel.distribution());
        table.setId("rating-distribution");
        table.setPlaceholder(new Label("Chưa có kết quả xếp loại trong những năm đã chọn."));
        java.util.List<TableColumn<DistributionLine, String>> columns = new java.util.ArrayList<>();
        columns.add(dist("Phạm vi", DistributionLine::scope, 230));
        columns.add(dist("Năm", DistributionLine::year, 55));
        for (RatingGrade grade : RatingGrade.values()) {
            columns.add(dist(grade.abbreviation(), l -> l.count(grade), 70));
            columns.add(dist("%", l -> l.share(grade), 70));
        }
        columns.add(dist("Số được xếp loại", DistributionLine::rated, 110));
        columns.add(dist("HTTNV trở lên", DistributionLine::goodOrBetter, 170));
        table.getColumns().setAll(columns);
        VBox box = new VBox(8, new HBox(8, new Label("Từ năm"), from, new Label("đến năm"), to, show, export), table);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
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
