package vn.dangvu.ui.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.badge.BadgeCandidate;
import vn.dangvu.ui.Fxml;

/** The "Huy hiệu Đảng" screen: a round's lists in tabs, the decisions under them. */
public final class BadgesView {

    private final BadgesViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<LocalDate> round;
    @FXML private Label summary;
    @FXML private TabPane tabs;
    @FXML private Tab ownTab;
    @FXML private Tab earlierTab;
    @FXML private Tab earlyTab;
    @FXML private Tab optionsTab;
    @FXML private TextField decisionNumber;
    @FXML private TextField decisionDate;
    @FXML private TextField badgeNumber;
    @FXML private Label error;
    @FXML private Label counts;

    public BadgesView(BadgesViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Badges.fxml");
    }

    public Parent root() {
        return root;
    }

    /** Reads the round again when the screen is shown. */
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void initialize() {
        round.setItems(viewModel.rounds());
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
        summary.textProperty().bind(viewModel.summaryProperty());
        list(ownTab, viewModel.own());
        list(earlierTab, viewModel.earlier());
        list(earlyTab, viewModel.early());
        list(optionsTab, viewModel.options());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selectFrom(now));
        decisionNumber.textProperty().bindBidirectional(viewModel.decisionNumber);
        decisionDate.textProperty().bindBidirectional(viewModel.decisionDate);
        badgeNumber.textProperty().bindBidirectional(viewModel.badgeNumber);
        error.textProperty().bind(viewModel.errorProperty());
        counts.textProperty().bind(viewModel.countsProperty());
    }

    /** Fills the tab's table with {@code lines}; the tab's title gets their number. */
    private void list(Tab tab, ObservableList<BadgeCandidate> lines) {
        TableView<BadgeCandidate> table = table(tab);
        table.setItems(lines);
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
        tab.textProperty().bind(Bindings.size(lines).asString(tab.getText() + " (%d)"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<BadgeCandidate> table(Tab tab) {
        return (TableView<BadgeCandidate>) tab.getContent();
    }

    private void selectFrom(Tab tab) {
        viewModel.selected.set(tab == null ? null : table(tab).getSelectionModel().getSelectedItem());
    }

    private static TableColumn<BadgeCandidate, String> column(String title, Function<BadgeCandidate, String> value,
                                                              double width) {
        TableColumn<BadgeCandidate, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    @FXML
    private void exportProposal() {
        viewModel.exportProposal();
    }

    @FXML
    private void award() {
        viewModel.award();
    }

    @FXML
    private void exclude() {
        viewModel.exclude();
    }

    @FXML
    private void include() {
        viewModel.include();
    }

    @FXML
    private void proposeEarly() {
        viewModel.proposeEarly();
    }
}
