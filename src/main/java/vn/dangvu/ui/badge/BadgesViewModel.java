package vn.dangvu.ui.badge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.badge.BadgeService;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.badge.BadgeCandidate;
import vn.dangvu.model.badge.BadgeCounts;
import vn.dangvu.model.badge.BadgeRoundList;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Huy hiệu Đảng per round: the round's own candidates, earlier ones not yet awarded, early
 * proposals and who could be proposed early; exclusions, awards, the printed proposal, Biểu 7.
 */
public final class BadgesViewModel {

    private static final String TITLE = "Huy hiệu Đảng";

    private final BadgeService badgeService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final BadgeService service;
    private final ObservableList<LocalDate> rounds = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> round = new SimpleObjectProperty<>();
    private final ObservableList<BadgeCandidate> own = FXCollections.observableArrayList();
    private final ObservableList<BadgeCandidate> earlier = FXCollections.observableArrayList();
    private final ObservableList<BadgeCandidate> early = FXCollections.observableArrayList();
    private final ObservableList<BadgeCandidate> options = FXCollections.observableArrayList();
    final ObjectProperty<BadgeCandidate> selected = new SimpleObjectProperty<>();
    final StringProperty decisionNumber = new SimpleStringProperty("");
    final StringProperty decisionDate = new SimpleStringProperty("");
    final StringProperty badgeNumber = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private BadgeRoundList list;

    public BadgesViewModel(BadgeService badgeService, Background background, DialogService dialogs, String userName) {
        this.badgeService = badgeService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.service = badgeService;
        LocalDate today = LocalDate.now();
        List<LocalDate> offered = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear() + 1; year++) {
            offered.addAll(service.rules().roundsIn(year));
        }
        rounds.setAll(offered);
        round.set(service.rules().nextRound(today));
    }

    /** Reads the chosen round's lists and the Biểu 7 counts of its year. */
    public void load() {
        LocalDate day = round.get();
        if (day == null) {
            return;
        }
        background.run(() -> new Loaded(service.round(day), service.counts(day.getYear())),
                loaded -> show(loaded.list(), loaded.counts()),
                failure -> dialogs.showError(TITLE, DialogService.messageOf(failure)));
    }

    private record Loaded(BadgeRoundList list, BadgeCounts counts) {
    }

    private void show(BadgeRoundList loaded, BadgeCounts yearCounts) {
        list = loaded;
        own.setAll(loaded.own());
        earlier.setAll(loaded.earlier());
        early.setAll(loaded.early());
        options.setAll(loaded.earlyOptions());
        selected.set(null);
        summary.set("Đợt " + DateFormats.format(loaded.round()) + ": đủ tuổi đảng từ sau ngày "
                + DateFormats.format(loaded.previousRound()) + " đến hết ngày " + DateFormats.format(loaded.round())
                + " · đề nghị " + loaded.proposal().size() + " đồng chí");
        counts.set("Biểu 7, năm " + yearCounts.year() + ": " + yearCounts.sentence());
    }

    /** Leaves the selected candidate out of the proposal, asking for the reason. */
    public void exclude() {
        BadgeCandidate line = selectedOrComplain();
        if (line == null) {
            return;
        }
        Optional<String> reason = dialogs.askText(TITLE, "Lý do không đề nghị " + line.name().full() + ":", "");
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        change(() -> {
            service.exclude(round.get(), line.memberId(), line.milestone(), reason.get(), userName);
            return null;
        });
    }

    /** Takes the selected candidate back into the proposal. */
    public void include() {
        BadgeCandidate line = selectedOrComplain();
        if (line != null) {
            change(() -> {
                service.include(round.get(), line.memberId(), line.milestone());
                return null;
            });
        }
    }

    /** Proposes the selected member early (serious illness or posthumous). */
    public void proposeEarly() {
        BadgeCandidate line = selectedOrComplain();
        if (line != null && dialogs.confirm(TITLE, "Đề nghị " + line.kind().label().toLowerCase() + " Huy hiệu "
                + line.milestone() + " năm tuổi Đảng cho " + line.name().full() + "?")) {
            change(() -> {
                service.proposeEarly(round.get(), line.memberId(), line.milestone(), userName);
                return null;
            });
        }
    }

    /** Records the decision and the badge number for the selected line. */
    public void award() {
        BadgeCandidate line = selectedOrComplain();
        if (line == null) {
            return;
        }
        if (decisionNumber.get().isBlank()) {
            error.set("Nhập số quyết định tặng huy hiệu.");
            return;
        }
        Optional<LocalDate> decided = DateFormats.parse(decisionDate.get());
        if (decided.isEmpty() && !decisionDate.get().isBlank()) {
            error.set("Ngày quyết định \"" + decisionDate.get() + "\" không đúng dạng dd/MM/yyyy.");
            return;
        }
        Decision decision = new Decision(decisionNumber.get(), decided.orElse(null), null);
        String badge = badgeNumber.get();
        background.run(() -> {
            service.award(round.get(), line.memberId(), line.milestone(), decision, badge, userName);
            return null;
        }, done -> {
            badgeNumber.set(""); // the decision number stays: one decision covers the whole round
            load();
        }, failure -> error.set(DialogService.messageOf(failure)));
    }

    /** Writes the round's proposal list to an Excel file the clerk chooses. */
    public void exportProposal() {
        if (list == null) {
            return;
        }
        BadgeRoundList printed = list;
        Optional<Path> file = dialogs.askSaveFile("In danh sách đề nghị tặng Huy hiệu Đảng",
                "de-nghi-huy-hieu-dang-" + printed.round() + ".xlsx", "Sổ làm việc Excel", ".xlsx");
        file.ifPresent(path -> background.run(() -> service.writeProposal(printed, path),
                n -> dialogs.showInfo(TITLE, "Đã ghi danh sách đề nghị (" + n + " đồng chí) vào " + path + "."),
                failure -> dialogs.showError(TITLE, DialogService.messageOf(failure))));
    }

    private BadgeCandidate selectedOrComplain() {
        error.set("");
        if (selected.get() == null) {
            error.set("Chọn một người trong danh sách.");
        }
        return selected.get();
    }

    private void change(Callable<Void> work) {
        background.run(work, done -> load(), failure -> error.set(DialogService.messageOf(failure)));
    }

    public ObservableList<LocalDate> rounds() {
        return rounds;
    }

    public ObservableList<BadgeCandidate> own() {
        return own;
    }

    public ObservableList<BadgeCandidate> earlier() {
        return earlier;
    }

    public ObservableList<BadgeCandidate> early() {
        return early;
    }

    public ObservableList<BadgeCandidate> options() {
        return options;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
