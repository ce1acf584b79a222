package vn.dangvu.ui.transfer;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.transfer.LetterLine;
import vn.dangvu.model.transfer.TransferKind;
import vn.dangvu.ui.FoldedSearch;
import vn.dangvu.ui.Fxml;

/** The "Chuyển sinh hoạt" screen: the Mẫu 10-SHĐ register, pending letters, temporary stays, residence. */
public final class TransfersView {

    private final TransfersViewModel viewModel;
    private final Parent root;

    @FXML private TextField year;
    @FXML private TableView<LetterLine> register;
    @FXML private TableView<LetterLine> pending;
    @FXML private Button confirm;
    @FXML private TableView<TransfersViewModel.StayLine> stays;
    @FXML private Button end;
    @FXML private Tab residenceTab;
    @FXML private SearchableComboBox<MemberChoice> member;
    @FXML private ComboBox<TransferKind> kind;
    @FXML private TextField date;
    @FXML private TextField letterNumber;
    @FXML private TextField organisation;
    @FXML private TextField province;
    @FXML private TextField district;
    @FXML private TextField feesThrough;
    @FXML private TextField note;
    @FXML private Label formError;
    @FXML private Label message;
    @FXML private Label status;

    /** @param residence the residence screen (QĐ 213), shown in the last tab */
    public TransfersView(TransfersViewModel viewModel, Node residence) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Transfers.fxml", "/vn/dangvu/ui/due/due.css");
        residenceTab.setContent(residence);
    }

    public Parent root() {
        return root;
    }

    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void initialize() {
        year.textProperty().bindBidirectional(viewModel.year);
        bindRegister();
        bindPending();
        bindStays();
        bindForm();
        message.textProperty().bind(viewModel.messageProperty());
        status.textProperty().bind(viewModel.statusTextProperty());
    }

    private void bindRegister() {
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
    }

    private void bindPending() {
        pending.setItems(viewModel.pending());
        pending.getColumns().setAll(List.of(
                column("Năm, số TT", l -> l.letter().year() + " · " + l.letter().number(), 90),
                column("Ngày chuyển đi", l -> DateFormats.format(l.letter().letterDate()), 100),
                column("Họ và tên", l -> l.name().full(), 170),
                column("Nơi gửi", LetterLine::from, 240),
                column("Nơi nhận", LetterLine::to, 260),
                column("Số giấy", l -> l.letter().letterNumber(), 100)));
        confirm.disableProperty().bind(pending.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindStays() {
        stays.setItems(viewModel.stays());
        stays.getColumns().setAll(List.of(
                TransfersView.<TransfersViewModel.StayLine>column("Loại", TransfersViewModel.StayLine::kindLabel, 330),
                column("Họ và tên", s -> s.stay().name().full(), 170),
                column("Chi bộ", s -> s.stay().branch(), 180),
                column("Từ ngày", s -> DateFormats.format(s.stay().since()), 90),
                column("Tổ chức đảng nơi kia", s -> s.stay().where(), 300)));
        end.disableProperty().bind(stays.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindForm() {
        member.setItems(viewModel.members());
        FoldedSearch.install(member, MemberChoice::label); // type part of a name, with or without diacritics
        member.valueProperty().bindBidirectional(viewModel.member);
        kind.getItems().setAll(TransferKind.OFFICIAL_OUT, TransferKind.TEMPORARY_OUT);
        kind.valueProperty().bindBidirectional(viewModel.kind);
        date.textProperty().bindBidirectional(viewModel.date);
        letterNumber.textProperty().bindBidirectional(viewModel.letterNumber);
        organisation.textProperty().bindBidirectional(viewModel.organisation);
        province.textProperty().bindBidirectional(viewModel.province);
        district.textProperty().bindBidirectional(viewModel.district);
        feesThrough.textProperty().bindBidirectional(viewModel.feesThrough);
        note.textProperty().bindBidirectional(viewModel.note);
        formError.textProperty().bind(viewModel.formErrorProperty());
    }

    @FXML
    private void load() {
        viewModel.load();
    }

    @FXML
    private void registerIncoming() {
        viewModel.registerIncoming();
    }

    @FXML
    private void expectTransfer() {
        viewModel.expectTransfer();
    }

    @FXML
    private void exportRegister() {
        viewModel.exportRegister();
    }

    @FXML
    private void confirmReceipt() {
        viewModel.confirmReceipt(pending.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void endStay() {
        viewModel.endStay(stays.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void recordOut() {
        viewModel.recordOut();
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
