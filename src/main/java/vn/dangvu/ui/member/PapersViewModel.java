package vn.dangvu.ui.member;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import vn.dangvu.logic.paper.MemberDossier;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.logic.paper.PrintedSheet;
import vn.dangvu.logic.paper.TransferPackage;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.VietnameseText;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.paper.PaperLimits;
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * The papers tab of a member's page (hồ sơ giấy tờ): thumbnails in the order of the file, what is
 * missing in red, adding a scan or photo, opening, replacing and removing one (to the recycle
 * bin), the Phiếu đảng viên and the transfer-out package.
 */
public final class PapersViewModel {

    static final List<String> EXTENSIONS = List.of("jpg", "jpeg", "png", "tif", "tiff", "pdf");
    private static final String TITLE = "Hồ sơ giấy tờ";

    private final PaperService papers;
    private final MemberDossier dossier;
    private final TransferPackage transferPackage;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final long memberId;
    private final Path viewerFolder;
    private final ObservableList<PaperTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<PaperType> types = FXCollections.observableArrayList();
    final ObjectProperty<PaperType> type = new SimpleObjectProperty<>();
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper(TITLE);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Runnable onChanged = () -> { };

    /** @param viewerFolder where copies for the system's viewer go (the system's temporary folder) */
    public PapersViewModel(PaperService papers, MemberDossier dossier, TransferPackage transferPackage,
                           Background background, DialogService dialogs, String userName, long memberId,
                           Path viewerFolder) {
        this.papers = papers;
        this.dossier = dossier;
        this.transferPackage = transferPackage;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.memberId = memberId;
        this.viewerFolder = viewerFolder;
        types.setAll(papers.types().all());
    }

    /** Called after a change the rest of the page shows (its history). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    private record Loaded(List<PaperTile> tiles, List<PaperType> missing) {
    }

    /** Reads the papers and decodes their thumbnails off the screen thread. */
    public void load() {
        background.run(busy, () -> new Loaded(papers.papersOf(memberId).stream().map(this::tile).toList(),
                        papers.missingFor(memberId)),
                loaded -> {
                    tiles.setAll(loaded.tiles());
                    missing.set(loaded.missing().isEmpty() ? "" : "Còn thiếu: "
                            + loaded.missing().stream().map(PaperType::name).collect(Collectors.joining("; ")) + ".");
                    tabTitle.set(TITLE + " (" + loaded.tiles().size() + ")");
                },
                failure -> error.set(DialogService.messageOf(failure)));
    }

    private PaperTile tile(Paper paper) {
        Image thumbnail = new Image(new ByteArrayInputStream(papers.thumbnail(paper)));
        String details = (paper.date() == null ? "" : "ngày " + DateFormats.format(paper.date()) + " · ")
                + paper.media().label() + ", " + paper.pages() + " trang, " + PaperLimits.size(paper.bytes())
                + " · " + paper.fileName() + (paper.note() == null ? "" : "\n" + paper.note());
        return new PaperTile(paper, thumbnail, papers.types().name(paper.typeCode()), details);
    }

    /** Asks for the file, checks it by its content and adds it with the type, date and note typed. */
    public void add() {
        error.set("");
        notice.set("");
        if (type.get() == null) {
            error.set("Chọn loại giấy tờ trước.");
            return;
        }
        Optional<LocalDate> day = typedDate();
        if (day == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFile("Thêm " + type.get().name().toLowerCase(), "Ảnh hoặc bản quét", EXTENSIONS);
        if (file.isEmpty()) {
            return;
        }
        String code = type.get().code();
        String typedNote = note.get();
        background.run(busy, () -> papers.attach(memberId, code, file.get(), day.orElse(null), typedNote, userName),
                added -> {
                    notice.set("Đã thêm " + papers.types().name(added.typeCode()).toLowerCase() + " ("
                            + added.media().label() + ", " + added.pages() + " trang). Ctrl+Z để hoàn tác.");
                    date.set("");
                    note.set("");
                    changed();
                },
                failure -> error.set(DialogService.messageOf(failure)));
    }

    /** Null after showing the mistake; empty for no date. */
    private Optional<LocalDate> typedDate() {
        String text = date.get() == null ? "" : date.get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = DateFormats.parse(text);
        if (day.isEmpty()) {
            error.set("Ngày \"" + text + "\" không đúng dạng dd/MM/yyyy.");
            return null;
        }
        return day;
    }

    /** A copy for the system's viewer (the store keeps the paper sealed). */
    public void open(PaperTile tile) {
        if (tile == null) {
            dialogs.showInfo(TITLE, "Chọn giấy tờ cần mở trước.");
            return;
        }
        background.run(busy, () -> papers.openCopy(tile.paper(), viewerFolder), dialogs::openWithSystem,
                failure -> dialogs.showError(TITLE, DialogService.messageOf(failure)));
    }

    /** A new scan in place of the chosen one; the old one goes to the recycle bin. */
    public void replace(PaperTile tile) {
        if (tile == null) {
            dialogs.showInfo(TITLE, "Chọn giấy tờ cần thay trước.");
            return;
        }
        error.set("");
        Optional<Path> file = dialogs.chooseFile("Thay " + tile.title().toLowerCase(), "Ảnh hoặc bản quét", EXTENSIONS);
        if (file.isEmpty()) {
            return;
        }
        background.run(busy, () -> papers.replace(tile.paper().id(), file.get(), userName), added -> {
            notice.set("Đã thay " + tile.title().toLowerCase() + " bằng " + added.fileName()
                    + "; bản cũ ở thùng rác. Ctrl+Z để hoàn tác.");
            changed();
        }, failure -> error.set(DialogService.messageOf(failure)));
    }

    /** Into the recycle bin, after the clerk confirms: never lost by a click. */
    public void remove(PaperTile tile) {
        if (tile == null) {
            dialogs.showInfo(TITLE, "Chọn giấy tờ cần gỡ trước.");
            return;
        }
        if (!dialogs.confirm("Gỡ giấy tờ", "Gỡ \"" + tile.title() + "\" (" + tile.paper().fileName()
                + ") khỏi hồ sơ?\nGiấy tờ được chuyển vào thùng rác và có thể khôi phục.")) {
            return;
        }
        background.run(busy, () -> {
            papers.remove(tile.paper().id());
            return tile;
        }, removed -> {
            notice.set("Đã chuyển vào thùng rác: " + removed.title().toLowerCase() + ". Ctrl+Z để hoàn tác.");
            changed();
        }, failure -> dialogs.showError("Gỡ giấy tờ", DialogService.messageOf(failure)));
    }

    /** The Phiếu đảng viên with the photo, as Word (and PDF when LibreOffice is installed), then opened. */
    public void printSheet(String memberName) {
        dialogs.askSaveFile("In Phiếu đảng viên", "phieu-dang-vien-" + fileName(memberName) + ".docx", "Tài liệu Word",
                ".docx").ifPresent(file -> background.run(busy,
                () -> dossier.printSheet(memberId, file, vn.dangvu.logic.meeting.MeetingService.pdfAvailable()),
                (PrintedSheet printed) -> {
                    notice.set("Đã in Phiếu đảng viên: " + printed.pdf().orElse(printed.docx()) + (printed.note().isEmpty()
                            ? "" : ". " + printed.note()));
                    dialogs.openWithSystem(printed.pdf().orElse(printed.docx()));
                },
                failure -> dialogs.showError("In Phiếu đảng viên", DialogService.messageOf(failure))));
    }

    /** The zip handed over with the paper file on a transfer out. */
    public void transferPackage(String memberName) {
        dialogs.askSaveFile("Gói hồ sơ chuyển đi", "ho-so-" + fileName(memberName) + ".zip", "Tệp nén", ".zip")
                .ifPresent(file -> background.run(busy, () -> transferPackage.write(memberId, file),
                        count -> notice.set("Đã ghi gói hồ sơ chuyển đi (" + count + " giấy tờ, Phiếu đảng viên và giấy"
                                + " giới thiệu): " + file),
                        failure -> dialogs.showError("Gói hồ sơ chuyển đi", DialogService.messageOf(failure))));
    }

    private void changed() {
        load();
        onChanged.run();
    }

    /** "Nguyễn Văn Đức" → "nguyen-van-duc". */
    static String fileName(String name) {
        return VietnameseText.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public ObservableList<PaperTile> tiles() {
        return tiles;
    }

    public ObservableList<PaperType> types() {
        return types;
    }

    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
