package vn.dangvu.ui.transfer;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.transfer.LetterLine;
import vn.dangvu.model.transfer.TransferKind;
import vn.dangvu.ui.FoldedSearch;

/** The "Chuyển sinh hoạt" screen: the Mẫu 10-SHĐ register, pending letters, temporary stays, residence. */
public final class TransfersView {

    private final TransfersViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<LetterLine> register = new TableView<>();
    private final TableView<LetterLine> pending = new TableView<>();
    private final TableView<TransfersViewModel.StayLine> stays = new TableView<>();

    /** @param residence the residence screen (QĐ 213), shown in the last tab */
    public TransfersView(TransfersViewModel viewModel, Node residence) {
        this.viewModel = viewModel;
        root.getStyleClass().add("transfers");
        root.getStylesheets().add(TransfersView.class.getResource("/vn/dangvu/ui/due/due.css").toExternalForm());
        root.setTop(toolbar());
        TabPane tabs = new TabPane(
                new Tab("Sổ giới thiệu sinh hoạt đảng (Mẫu 10-SHĐ)", registerTable()),
                new Tab("Chờ xác nhận tiếp nhận", pendingPane()),
                new Tab("Sinh hoạt tạm thời", staysPane()),
                new Tab("Sinh hoạt nơi cư trú (QĐ 213)", residence));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("transfer-tabs");
        root.setCenter(tabs);
        root.setRight(form());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusTextProperty());
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add("due-message");
        message.setWrapText(true);
        VBox bottom = new VBox(2, message, status);
        bottom.getStyleClass().add("status-bar");
        root.setBottom(bottom);
    }

    public Parent root() {
        return root;
    }

    public void refresh() {
        viewModel.load();
    }

    private Node toolbar() {
        Label title = new Label(TransfersViewModel.TITLE);
        title.getStyleClass().add("screen-title");
        TextField year = new TextField();
        year.setPrefColumnCount(5);
        year.setId("transfer-year");
        year.textProperty().bindBidirectional(viewModel.year);
        year.setOnAction(e -> viewModel.load());
        Button show = new Button("Xem");
        show.setOnAction(e -> viewModel.load());
        Button incoming = new Button("Vào sổ giấy giới thiệu đến…");
        incoming.setOnAction(e -> viewModel.registerIncoming());
        Button expect = new Button("Đảng viên phải chuyển sinh hoạt…");
        expect.setOnAction(e -> viewModel.expectTransfer());
        Button export = new Button("Xuất sổ 10-SHĐ ra Excel…");
        export.setOnAction(e -> viewModel.exportRegister());
        HBox first = new HBox(title, new Label("Năm"), year, show);
        first.getStyleClass().add("toolbar-row");
        HBox second = new HBox(incoming, expect, export);
        second.getStyleClass().add("toolbar-row");
        second.setPadding(new Insets(0, 8, 8, 8));
        return new VBox(first, second);
    }

    private Node registerTable() {
        register.setId("transfer-register");
        register.setItems(viewModel.letters());
        register.getColumns().setAll(List.of(
                column("Số TT", l -> String.valueOf(l.letter().number()), 50),
                column("Ngày gửi, nhận", l -> DateFormats.format(l.letter().letterDate()), 95),
                column("Họ và tên", l -> l.name().full(), 160),
                column("Ngày sinh", l -> DateFormats.format(l.birthDate()), 90),
                column("Vào Đảng", l -> DateFormats.format(l.admittedOn()), 90),
                column("Chính thức", l -> DateFormats.format(l.officialOn()), 90),
                column("Số thẻ", LetterLine::cardNumber, 90),
                column("Nơi gửi", LetterLine::from, 220),
                column("Nơi nhận", LetterLine::to, 220),
                column("Số giấy", l -> l.letter().letterNumber(), 90),
                column("Hình thức", l -> l.kind().formLabel(), 85),
                column("Đi, đến", l -> l.kind().directionLabel(), 60),
                column("Phạm vi", LetterLine::scopeLabel, 85),
                column("Đảng phí đến", l -> l.letter().feesPaidThroughText(), 95),
                column("Xác nhận", l -> l.pending() ? "Chờ xác nhận"
                        : DateFormats.format(l.letter().receiptConfirmedOn()), 110)));
        register.setPlaceholder(new Label("Chưa có giấy giới thiệu nào trong năm này."));
        return register;
    }

    private Node pendingPane() {
        pending.setItems(viewModel.pending());
        pending.getColumns().setAll(List.of(
                column("Năm, số TT", l -> l.letter().year() + " · " + l.letter().number(), 90),
                column("Ngày chuyển đi", l -> DateFormats.format(l.letter().letterDate()), 100),
                column("Họ và tên", l -> l.name().full(), 170),
                column("Nơi gửi", LetterLine::from, 240),
                column("Nơi nhận", LetterLine::to, 260),
                column("Số giấy", l -> l.letter().letterNumber(), 100)));
        pending.setPlaceholder(new Label("Không có giấy giới thiệu chuyển đi chính thức nào chờ xác nhận."));
        Button confirm = new Button("Xác nhận nơi đến đã tiếp nhận…");
        confirm.setMinWidth(Region.USE_PREF_SIZE); // the hint beside it gives way, not the button
        confirm.disableProperty().bind(pending.getSelectionModel().selectedItemProperty().isNull());
        confirm.setOnAction(e -> viewModel.confirmReceipt(pending.getSelectionModel().getSelectedItem()));
        Label hint = new Label("Đảng viên phải nộp giấy giới thiệu ở nơi đến trong 30 ngày làm việc; quá hạn hiện ở Việc cần làm.");
        hint.getStyleClass().add("muted");
        HBox actions = new HBox(8, confirm, hint);
        actions.getStyleClass().add("toolbar-row");
        return withActions(pending, actions);
    }

    private Node staysPane() {
        stays.setItems(viewModel.stays());
        stays.getColumns().setAll(List.of(
                TransfersView.<TransfersViewModel.StayLine>column("Loại", TransfersViewModel.StayLine::kindLabel, 330),
                column("Họ và tên", s -> s.stay().name().full(), 170),
                column("Chi bộ", s -> s.stay().branch(), 180),
                column("Từ ngày", s -> DateFormats.format(s.stay().since()), 90),
                column("Tổ chức đảng nơi kia", s -> s.stay().where(), 300)));
        stays.setPlaceholder(new Label("Không có ai đang sinh hoạt tạm thời."));
        Button end = new Button("Trở về / kết thúc sinh hoạt tạm thời…");
        end.disableProperty().bind(stays.getSelectionModel().selectedItemProperty().isNull());
        end.setOnAction(e -> viewModel.endStay(stays.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(8, end);
        actions.getStyleClass().add("toolbar-row");
        return withActions(stays, actions);
    }

    private static Node withActions(Node table, Node actions) {
        BorderPane pane = new BorderPane(table);
        pane.setBottom(actions);
        return pane;
    }

    private Node form() {
        Label heading = new Label("Ghi chuyển sinh hoạt đi");
        heading.getStyleClass().add("form-section");
        SearchableComboBox<MemberChoice> member = new SearchableComboBox<>(viewModel.members());
        FoldedSearch.install(member, MemberChoice::label); // type part of a name, with or without diacritics
        member.setPromptText("gõ tên để tìm");
        member.setId("transfer-member");
        member.setMaxWidth(Double.MAX_VALUE);
        member.valueProperty().bindBidirectional(viewModel.member);
        ObservableList<TransferKind> kinds = FXCollections.observableArrayList(TransferKind.OFFICIAL_OUT,
                TransferKind.TEMPORARY_OUT);
        ComboBox<TransferKind> kind = new ComboBox<>(kinds);
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().bindBidirectional(viewModel.kind);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(row++, new Label("Đảng viên *"), member);
        grid.addRow(row++, new Label("Hình thức *"), kind);
        grid.addRow(row++, new Label("Ngày chuyển đi *"), field(viewModel.date, "dd/MM/yyyy", "transfer-date"));
        grid.addRow(row++, new Label("Số giấy giới thiệu"), field(viewModel.letterNumber, "ví dụ 15-GGT/ĐU", "transfer-letter"));
        grid.addRow(row++, new Label("Nơi chuyển đến *"), field(viewModel.organisation, "tên tổ chức đảng", "transfer-organisation"));
        grid.addRow(row++, new Label("Tỉnh, thành phố"), field(viewModel.province, "", "transfer-province"));
        grid.addRow(row++, new Label("Huyện, xã"), field(viewModel.district, "", "transfer-district"));
        grid.addRow(row++, new Label("Đã đóng đảng phí hết tháng"), field(viewModel.feesThrough, "MM/yyyy", "transfer-fees"));
        grid.addRow(row++, new Label("Ghi chú"), field(viewModel.note, "", "transfer-note"));
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(165),
                new javafx.scene.layout.ColumnConstraints(185));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(350);
        error.textProperty().bind(viewModel.formErrorProperty());
        Button save = new Button("Ghi chuyển đi và vào sổ");
        save.setId("transfer-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> viewModel.recordOut());
        Label hint = new Label("Giấy giới thiệu được đánh số thứ tự trong sổ của năm. Chuyển chi bộ trong Đảng bộ "
                + "ghi ở hồ sơ đảng viên (\"Chuyển chi bộ\"), không phải ở đây.");
        hint.setWrapText(true);
        hint.setMaxWidth(350);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, heading, grid, error, save, hint);
        box.setPadding(new Insets(8, 10, 8, 10));
        box.getStyleClass().add("due-side");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(385);
        return scroll;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String prompt, String id) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
