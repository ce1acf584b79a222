package vn.dangvu.ui.residence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.residence.ResidenceService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.residence.ResidenceRegistration;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Đảng viên đăng ký sinh hoạt nơi cư trú (QĐ 213): the year's list with the residence branch's
 * comment, registering someone, writing the yearly comment, ending a registration.
 */
public final class ResidenceViewModel {

    static final String TITLE = "Sinh hoạt nơi cư trú";

    private final BranchService branchService;
    private final ResidenceService residenceService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;
    final StringProperty year;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<Branch> activeBranches = List.of();

    /** A registration with its residence branch's name and the shown year's comment. */
    public record Line(ResidenceRegistration registration, String branch, String comment) {
    }

    public ResidenceViewModel(BranchService branchService, ResidenceService residenceService, Background background,
                              DialogService dialogs, String userName, Supplier<LocalDate> today) {
        this.branchService = branchService;
        this.residenceService = residenceService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.today = today;
        year = new SimpleStringProperty(String.valueOf(today.get().getYear()));
    }

    public void load() {
        Optional<Integer> shown = year();
        if (shown.isEmpty()) {
            return;
        }
        background.run(() -> new Loaded(residenceService.registeredIn(shown.get()), branchService.all()),
                loaded -> {
                    Map<Long, String> names = new HashMap<>();
                    loaded.branches().forEach(b -> names.put(b.id(), b.name()));
                    activeBranches = loaded.branches().stream().filter(b -> b.activeOn(today.get())).toList();
                    lines.setAll(loaded.registrations().stream().map(g -> new Line(g, names.getOrDefault(g.branchId(), ""),
                            g.commentFor(shown.get()))).toList());
                    message.set("Năm " + shown.get() + ": " + NumberFormats.count(lines.size())
                            + " đảng viên đăng ký sinh hoạt nơi cư trú.");
                }, failure -> message.set(DialogService.messageOf(failure)));
    }

    private record Loaded(List<ResidenceRegistration> registrations, List<Branch> branches) {
    }

    private Optional<Integer> year() {
        try {
            return Optional.of(Integer.parseInt(year.get().strip()));
        } catch (NumberFormatException e) {
            message.set("Năm \"" + year.get() + "\" không hợp lệ.");
            return Optional.empty();
        }
    }

    /** Asks for the person, where they work and belong, the residence branch and the day. */
    public void register() {
        String title = "Đăng ký sinh hoạt nơi cư trú";
        DialogService d = dialogs;
        if (activeBranches.isEmpty()) {
            d.showError(title, "Chưa có chi bộ nào đang hoạt động.");
            return;
        }
        Optional<String> name = d.askText(title, "Họ và tên đảng viên", "");
        Optional<String> born = name.flatMap(n -> d.askText(title, "Năm sinh (để trống nếu không rõ)", ""));
        Optional<String> address = born.flatMap(b -> d.askText(title, "Nơi cư trú (thôn, xóm)", ""));
        Optional<String> workplace = address.flatMap(a -> d.askText(title, "Nơi công tác", ""));
        Optional<String> organisation = workplace.flatMap(w -> d.askText(title, "Sinh hoạt đảng tại (chi bộ, đảng bộ)", ""));
        Optional<Branch> branch = organisation.flatMap(o -> d.choose(title, "Chi bộ nơi cư trú", activeBranches,
                activeBranches.get(0)));
        Optional<LocalDate> on = branch.flatMap(b -> d.askDate(title, "Ngày đăng ký", today.get()));
        if (on.isEmpty()) {
            return;
        }
        ResidenceRegistration registration;
        try {
            Integer birthYear = born.get().isBlank() ? null : Integer.valueOf(born.get().strip());
            registration = new ResidenceRegistration(null, name.get(), birthYear, address.get(), workplace.get(),
                    organisation.get(), branch.get().id(), on.get(), null, null, Map.of());
        } catch (NumberFormatException e) {
            d.showError(title, "Năm sinh \"" + born.get() + "\" không phải là số.");
            return;
        } catch (IllegalArgumentException e) {
            d.showError(title, e.getMessage());
            return;
        }
        background.run(() -> residenceService.register(registration, userName), id -> {
            load();
        }, failure -> d.showError(title, DialogService.messageOf(failure)));
    }

    /** The residence branch's comment on the member for the year shown. */
    public void comment(Line line) {
        Optional<Integer> shown = year();
        if (line == null || shown.isEmpty()) {
            return;
        }
        String title = "Nhận xét năm " + shown.get();
        dialogs.askText(title, "Nhận xét của chi bộ nơi cư trú về " + line.registration().fullName(),
                line.comment()).ifPresent(text -> background.run(() -> {
                    residenceService.comment(line.registration().id(), shown.get(), text);
                    return null;
                }, done -> load(), failure -> dialogs.showError(title, DialogService.messageOf(failure))));
    }

    /** The member moved away or changed work: kept in the list of the years before. */
    public void end(Line line) {
        if (line == null) {
            return;
        }
        String title = "Thôi sinh hoạt nơi cư trú";
        dialogs.askDate(title, "Ngày thôi đăng ký của " + line.registration().fullName(), today.get())
                .ifPresent(day -> background.run(() -> {
                    residenceService.end(line.registration(), day);
                    return null;
                }, done -> load(), failure -> dialogs.showError(title, DialogService.messageOf(failure))));
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
