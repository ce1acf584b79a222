package vn.dangvu.ui.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.badge.BadgeCandidate;

/** The "Huy hiệu Đảng" screen: a round's lists in tabs, the decisions under them. */
public final class BadgesView {

    private final BadgesViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    public BadgesView(BadgesViewModel viewModel) {
        this.viewModel = viewModel;
        root.setTop(toolbar());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(List.of(
                tab("badges-own", "Đến mốc trong đợt", viewModel.own(), "Không có ai đến mốc trong đợt này."),
                tab("badges-earlier", "Đợt trước chưa được tặng", viewModel.earlier(), "Không có ai đến mốc ở đợt trước mà chưa được tặng."),
                tab("badges-early", "Tặng sớm, truy tặng", viewModel.early(), "Chưa đề nghị tặng sớm hay truy tặng ai trong đợt này."),
                tab("badges-options", "Có thể đề nghị sớm", viewModel.options(),
                        "Không có ai sắp đến mốc (ốm nặng) hay đã từ trần trước mốc (truy tặng).")));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selectFrom(now));
        root.setCenter(tabs);
        root.setBottom(decisionBox());
        root.getStyleClass().add("badges");
    }

    public Parent root() {
        return root;
    }

    /** Reads the round again when the screen is shown. */
    public void refresh() {
        viewModel.load();
    }

    private VBox toolbar() {
        Label title = new Label("Huy hiệu Đảng");
        title.getStyleClass().add("screen-title");
        ComboBox<LocalDate> round = new ComboBox<>(viewModel.rounds());
        round.setId("badge-round");
        round.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : DateFormats.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                return DateFormats.parse(text).orElse(null);
            }
        });
        round.valueProperty().bindBidirectional(viewModel.round);
        round.valueProperty().addListener((o, was, now) -> viewModel.load());
        Button print = new Button("In danh sách đề nghị…");
        print.setOnAction(e -> viewModel.exportProposal());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, title, gap, new Label("Đợt xét tặng"), round, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-row");
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("muted");
        summary.setPadding(new Insets(0, 0, 0, 8));
        VBox top = new VBox(4, bar, summary);
        top.setPadding(new Insets(0, 0, 4, 0));
        return top;
    }

    private Tab tab(String id, String title, ObservableList<BadgeCandidate> lines, String empty) {
        TableView<BadgeCandidate> table = new TableView<>(lines);
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.getColumns().setAll(List.of(
                column("Họ và tên", c -> c.name().full(), 180),
                column("Chi bộ", BadgeCandidate::branch, 190),
                column("Mốc", c -> c.milestone() + " năm", 70),
                column("Ngày đủ tuổi đảng", c -> DateFormats.format(c.reachedOn()), 120),
                column("Tuổi đảng tính", BadgeCandidate::partyAge, 250),
                column("Không đề nghị vì", c -> c.excluded() == null ? "" : c.excluded(), 220),
                column("Đã tặng", c -> c.award() == null ? "" : c.award().decision().number()
                        + (c.award().badgeNumber() == null ? "" : ", số " + c.award().badgeNumber()), 170)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.selected.set(now));
        Tab tab = new Tab();
        tab.textProperty().bind(javafx.beans.binding.Bindings.size(lines).asString(title + " (%d)"));
        tab.setContent(table);
        return tab;
    }

    @SuppressWarnings("unchecked")
    private void selectFrom(Tab tab) {
        viewModel.selected.set(tab == null ? null
                : ((TableView<BadgeCandidate>) tab.getContent()).getSelectionModel().getSelectedItem());
    }

    private static TableColumn<BadgeCandidate, String> column(String title, Function<BadgeCandidate, String> value,
                                                              double width) {
        TableColumn<BadgeCandidate, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private VBox decisionBox() {
        TextField number = field(viewModel.decisionNumber, "ví dụ 125-QĐ/HU", 150);
        number.setId("badge-decision-number");
        TextField date = field(viewModel.decisionDate, "dd/mm/yyyy", 110);
        TextField badge = field(viewModel.badgeNumber, "số trên huy hiệu", 130);
        Button award = new Button("Ghi quyết định tặng");
        award.setId("badge-award");
        award.setOnAction(e -> viewModel.award());
        Button exclude = new Button("Không đề nghị…");
        exclude.setOnAction(e -> viewModel.exclude());
        Button include = new Button("Đưa lại vào danh sách");
        include.setOnAction(e -> viewModel.include());
        Button early = new Button("Đề nghị tặng sớm");
        early.setOnAction(e -> viewModel.proposeEarly());
        HBox decision = new HBox(8, new Label("Số quyết định"), number, new Label("Ngày"), date,
                new Label("Số huy hiệu"), badge, award);
        decision.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, exclude, include, early);
        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        Label counts = new Label();
        counts.textProperty().bind(viewModel.countsProperty());
        counts.setWrapText(true);
        Label section = new Label("Quyết định tặng cho người đang chọn");
        section.getStyleClass().add("form-section");
        VBox box = new VBox(6, section, decision, actions, error, counts);
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String prompt, double width) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }
}
