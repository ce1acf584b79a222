package vn.dangvu.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import vn.dangvu.logic.Services;
import vn.dangvu.model.Committee;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.NextLayout;
import vn.dangvu.ui.admission.AdmissionReportViewModel;
import vn.dangvu.ui.admission.AdmissionView;
import vn.dangvu.ui.admission.AdmissionViewModel;
import vn.dangvu.ui.backup.BackupView;
import vn.dangvu.ui.backup.BackupViewModel;
import vn.dangvu.ui.badge.BadgesView;
import vn.dangvu.ui.badge.BadgesViewModel;
import vn.dangvu.ui.branch.BranchesView;
import vn.dangvu.ui.branch.BranchesViewModel;
import vn.dangvu.ui.due.DueView;
import vn.dangvu.ui.due.DueViewModel;
import vn.dangvu.ui.fee.FeesView;
import vn.dangvu.ui.fee.FeesViewModel;
import vn.dangvu.ui.history.HistoryView;
import vn.dangvu.ui.history.HistoryViewModel;
import vn.dangvu.ui.importing.ImportView;
import vn.dangvu.ui.importing.ImportViewModel;
import vn.dangvu.ui.meeting.MeetingsView;
import vn.dangvu.ui.meeting.MeetingsViewModel;
import vn.dangvu.ui.merge.MergeView;
import vn.dangvu.ui.merge.MergeViewModel;
import vn.dangvu.ui.member.MemberFormView;
import vn.dangvu.ui.member.MemberFormViewModel;
import vn.dangvu.ui.member.MemberPageView;
import vn.dangvu.ui.member.MemberPageViewModel;
import vn.dangvu.ui.member.PapersViewModel;
import vn.dangvu.ui.paper.MissingPapersView;
import vn.dangvu.ui.paper.MissingPapersViewModel;
import vn.dangvu.ui.probation.ProbationDossierView;
import vn.dangvu.ui.probation.ProbationDossierViewModel;
import vn.dangvu.ui.rating.RatingView;
import vn.dangvu.ui.rating.RatingViewModel;
import vn.dangvu.ui.register.RegisterView;
import vn.dangvu.ui.register.RegisterViewModel;
import vn.dangvu.ui.residence.ResidenceView;
import vn.dangvu.ui.residence.ResidenceViewModel;
import vn.dangvu.ui.stats.StatisticsView;
import vn.dangvu.ui.stats.StatisticsViewModel;
import vn.dangvu.ui.transfer.TransfersView;
import vn.dangvu.ui.transfer.TransfersViewModel;

/**
 * The main window: navigation on the left, the chosen screen in the middle. It builds each screen
 * with the services it uses, and tells the screens that show members when the register changed.
 */
public final class MainView {

    private final Services services;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;
    private final BorderPane root = new BorderPane();
    private final RegisterChanged registerChanged = new RegisterChanged();
    private final RegisterViewModel registerModel;
    private final DueViewModel dueModel;
    private final HistoryViewModel historyModel;
    private final BackupViewModel backupModel;
    /** Member pages open now (each its own window): reloaded when the register changes. */
    private final List<MemberPageView> openPages = new ArrayList<>();

    // Only the home screen is built at once; the others on first use, so the window opens sooner.
    private final Screen<DueView> due = new Screen<>("Việc cần làm", "nav-due", this::dueView, DueView::root,
            view -> { });
    private final Screen<RegisterView> register = new Screen<>("Sổ đảng viên", "nav-register", this::registerView,
            RegisterView::root, view -> { });
    private final Screen<BranchesView> branches = new Screen<>("Chi bộ", "nav-branches", this::branchesView,
            BranchesView::root, this::branchesShown);
    private final Screen<AdmissionView> admission = new Screen<>("Kết nạp đảng viên", "nav-admissions",
            this::admissionView, AdmissionView::root, view -> { });
    private final Screen<MeetingsView> meetings = new Screen<>("Sinh hoạt chi bộ", "nav-meetings",
            this::meetingsView, MeetingsView::root, MeetingsView::refresh);
    private final Screen<TransfersView> transfers = new Screen<>("Chuyển sinh hoạt", "nav-transfers",
            this::transfersView, TransfersView::root, TransfersView::refresh);
    private final Screen<FeesView> fees = new Screen<>("Đảng phí", "nav-fees", this::feesView, FeesView::root,
            FeesView::refresh);
    private final Screen<RatingView> ratings = new Screen<>("Xếp loại", "nav-ratings", this::ratingView,
            RatingView::root, RatingView::showing);
    private final Screen<StatisticsView> statistics = new Screen<>("Báo cáo thống kê", "nav-statistics",
            this::statisticsView, StatisticsView::root, StatisticsView::showing);
    private final Screen<BadgesView> badges = new Screen<>("Huy hiệu Đảng", "nav-badges", this::badgesView,
            BadgesView::root, BadgesView::refresh);
    private final Screen<MissingPapersView> missingPapers = new Screen<>("Hồ sơ còn thiếu", "nav-missing-papers",
            this::missingPapersView, MissingPapersView::root, MissingPapersView::refresh);
    private final Screen<HistoryView> history = new Screen<>("Thùng rác, lịch sử", "nav-history",
            this::historyView, HistoryView::root, HistoryView::refresh);
    private final Screen<BackupView> backup = new Screen<>("Sao lưu dữ liệu", "nav-backup", this::backupView,
            BackupView::root, this::backupShown);
    private final List<Screen<?>> screens = List.of(due, register, branches, admission, meetings, transfers, fees,
            ratings, statistics, badges, missingPapers, history, backup);

    public MainView(Services services, Background background, DialogService dialogs, Committee committee) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = services.userName();
        this.today = () -> LocalDate.now(services.clock());
        registerModel = new RegisterViewModel(services.register(), services.branches(), services.exports(), background,
                dialogs);
        dueModel = new DueViewModel(services.due(), services.admissions(), services.admissionDocuments(),
                services.probations(), background, dialogs, userName, today);
        dueModel.setOnChanged(registerChanged::raise);
        historyModel = new HistoryViewModel(services.history(), services.papers(), background, dialogs);
        historyModel.setOnChanged(registerChanged::raise);
        backupModel = new BackupViewModel(services.backups(), services.passwords(), services.serverSettings(),
                background, dialogs);
        backupModel.setOnRestored(this::close);
        registerChanged.listen(dueModel::load);
        registerChanged.listen(registerModel::load);
        root.setTop(menu());
        root.setLeft(navigation(committee));
        root.setBottom(statusBar());
        due.showIn(root);
        dueModel.load();
        // Work the home screen does not show waits for the window's first layout: the whole register
        // (seconds at 100,000 members) and the day's backup would take an old two-core PC's CPU from it.
        NextLayout.ofSceneOf(root, () -> {
            registerModel.load();
            backupModel.backUpIfDue(); // after the register, on the same background thread
        });
    }

    private DueView dueView() {
        DueView view = new DueView(dueModel);
        view.setOnOpenMember(this::openMember);
        view.setOnOpenCandidate(id -> {
            admission.showIn(root);
            admission.view().select(id);
        });
        ProbationDossierViewModel dossier = new ProbationDossierViewModel(services.probations(), services.papers(),
                background, today);
        dueModel.setOnProbationChosen(dossier::show);
        view.showBesideProbation(new ProbationDossierView(dossier, dueModel::showMessage).root());
        return view;
    }

    private RegisterView registerView() {
        RegisterView view = new RegisterView(registerModel);
        view.setOnOpen(this::openMember);
        view.setOnAdd(this::addMember);
        return view;
    }

    private BranchesView branchesView() {
        BranchesView view = new BranchesView(new BranchesViewModel(services.branches(), background, dialogs, userName,
                today));
        view.setOnChanged(registerModel::reloadBranches);
        registerChanged.listen(view::refresh);
        return view;
    }

    /** The đảng số per branch comes from the register already in memory. */
    private void branchesShown(BranchesView view) {
        view.setCountsByBranch(registerModel.countsByBranch());
        view.refresh();
    }

    private AdmissionView admissionView() {
        AdmissionViewModel model = new AdmissionViewModel(services.register(), services.branches(),
                services.admissions(), services.admissionDocuments(), background, dialogs, userName, today,
                () -> new AdmissionReportViewModel(services.branches(), services.committee(),
                        services.admissionReports(), background, dialogs, today));
        AdmissionView view = new AdmissionView(model);
        model.setOnChanged(registerChanged::raise);
        model.load();
        return view;
    }

    private MeetingsView meetingsView() {
        return new MeetingsView(new MeetingsViewModel(services.meetings(), services.fees(), background, dialogs,
                userName, today));
    }

    private TransfersView transfersView() {
        TransfersViewModel model = new TransfersViewModel(services.register(), services.branches(),
                services.transfers(), services.fees(), background, dialogs, userName, today);
        model.setOnChanged(registerChanged::raise);
        ResidenceViewModel residence = new ResidenceViewModel(services.branches(), services.residence(), background,
                dialogs, userName, today);
        TransfersView view = new TransfersView(model, new ResidenceView(residence).root());
        residence.load();
        return view;
    }

    private FeesView feesView() {
        return new FeesView(new FeesViewModel(services.branches(), services.fees(), background, dialogs, userName,
                today));
    }

    private RatingView ratingView() {
        return new RatingView(new RatingViewModel(services.ratings(), background, dialogs, userName));
    }

    private StatisticsView statisticsView() {
        return new StatisticsView(new StatisticsViewModel(services.register(), services.branches(),
                services.statistics(), services.exports(), background, dialogs));
    }

    private BadgesView badgesView() {
        return new BadgesView(new BadgesViewModel(services.badges(), background, dialogs, userName));
    }

    private MissingPapersView missingPapersView() {
        return new MissingPapersView(new MissingPapersViewModel(services.papers(), services.branches(), background,
                dialogs, today));
    }

    private HistoryView historyView() {
        return new HistoryView(historyModel);
    }

    private BackupView backupView() {
        return new BackupView(backupModel);
    }

    private void backupShown(BackupView view) {
        backupModel.load();
    }

    private MenuBar menu() {
        MenuItem add = new MenuItem("Thêm đảng viên");
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        add.setOnAction(e -> addMember());
        MenuItem find = new MenuItem("Tìm kiếm");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> findMember());
        MenuItem importExcel = new MenuItem("Nhập từ Excel…");
        importExcel.setOnAction(e -> openImport());
        MenuItem mergeFormer = new MenuItem("Gộp dữ liệu đảng bộ cũ…");
        mergeFormer.setOnAction(e -> openMerge());
        MenuItem exportList = new MenuItem("Xuất danh sách đang xem ra Excel…");
        exportList.setOnAction(e -> {
            register.showIn(root);
            registerModel.exportToExcel();
        });
        exportList.disableProperty().bind(registerModel.exportingProperty());
        MenuItem memberBook = new MenuItem("Sổ danh sách đảng viên (Mẫu 7-HSĐV)…");
        memberBook.setOnAction(e -> registerModel.exportMemberBook());
        memberBook.disableProperty().bind(registerModel.exportingProperty());
        MenuItem undo = new MenuItem("Hoàn tác thay đổi gần nhất");
        undo.setAccelerator(MemberPageView.UNDO);
        undo.setOnAction(e -> historyModel.undo());
        MenuItem quit = new MenuItem("Thoát");
        quit.setOnAction(e -> close());
        Menu file = new Menu("Tệp", null, importExcel, mergeFormer, new SeparatorMenuItem(), quit);
        Menu members = new Menu("Đảng viên", null, add, find, undo, new SeparatorMenuItem(), exportList, memberBook);
        return new MenuBar(file, members);
    }

    private VBox navigation(Committee committee) {
        Label title = new Label(committee.name());
        title.getStyleClass().add("nav-title");
        title.setMaxWidth(170);
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(title);
        for (Screen<?> screen : screens) {
            screen.button().setToggleGroup(group);
            screen.button().setOnAction(e -> screen.showIn(root));
            nav.getChildren().add(screen.button());
        }
        due.button().textProperty().bind(dueModel.countProperty().asString("Việc cần làm (%d)"));
        dueModel.overdueCountProperty().addListener((o, was, overdue) -> {
            due.button().getStyleClass().remove("nav-overdue");
            if (overdue.intValue() > 0) {
                due.button().getStyleClass().add("nav-overdue"); // red while anything is overdue
            }
        });
        nav.getStyleClass().add("nav");
        return nav;
    }

    /** The backup's status, and on a server whether it answers. */
    private VBox statusBar() {
        VBox bar = new VBox(backupStatus());
        services.server().ifPresent(server -> {
            ServerConnection connection = new ServerConnection(server.address(), server.status(), background,
                    LocalTime::now);
            Label label = new Label();
            label.setId("server-status-bar");
            label.setMaxWidth(Double.MAX_VALUE);
            label.getStyleClass().add("status-bar");
            label.textProperty().bind(connection.textProperty());
            Runnable style = () -> {
                label.getStyleClass().remove("status-warning");
                if (connection.lostProperty().get()) {
                    label.getStyleClass().add("status-warning"); // red while the server does not answer
                }
            };
            style.run();
            connection.lostProperty().addListener((o, was, lost) -> style.run());
            bar.getChildren().add(0, label);
        });
        return bar;
    }

    /** "Sao lưu gần nhất: … (đã kiểm tra)", red when older than 7 days; a click opens the backup screen. */
    private Label backupStatus() {
        Label status = new Label();
        status.setId("backup-status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        status.getStyleClass().add("status-bar");
        status.textProperty().bind(backupModel.statusProperty());
        backupModel.staleProperty().addListener((o, was, stale) -> {
            status.getStyleClass().remove("status-warning");
            if (stale) {
                status.getStyleClass().add("status-warning");
            }
        });
        status.setOnMouseClicked(e -> backup.showIn(root));
        return status;
    }

    private void addMember() {
        background.run(() -> services.branches().all(), all -> {
            MemberFormViewModel form = new MemberFormViewModel(services.register(), background, dialogs, userName, today);
            form.startNew(all.stream().filter(b -> b.activeOn(today.get())).toList());
            new MemberFormView(form).show(window(), this::memberSaved);
        }, e -> dialogs.showError("Thêm đảng viên", DialogService.messageOf(e)));
    }

    private void findMember() {
        register.showIn(root);
        register.view().focusSearch();
    }

    /** After an import the screens read everything again: many people and branches may be new. */
    private void openImport() {
        ImportViewModel importing = new ImportViewModel(services.importer(), background, dialogs, userName);
        importing.setOnImported(registerChanged::raise);
        new ImportView(importing).show(window());
    }

    private void openMerge() {
        MergeViewModel merging = new MergeViewModel(services.merge(), background, dialogs, userName);
        merging.setOnMerged(() -> {
            registerChanged.raise();
            backupModel.load(); // the merge took a verified backup first: the status bar names it
        });
        new MergeView(merging).show(window());
    }

    private void openMember(long memberId) {
        MemberPageViewModel pageModel = new MemberPageViewModel(services.register(), services.branches(),
                services.discipline(), services.history(), background, dialogs, userName, memberId);
        PapersViewModel papers = new PapersViewModel(services.papers(), services.dossiers(), services.transferPackages(),
                background, dialogs, userName, memberId, Path.of(System.getProperty("java.io.tmpdir"), "dangvu-xem"));
        MemberPageView page = new MemberPageView(pageModel, papers);
        openPages.add(page);
        Runnable reload = page::reload;
        registerChanged.listen(reload);
        page.show(window(), () -> {
            MemberFormViewModel form = new MemberFormViewModel(services.register(), background, dialogs, userName, today);
            form.edit(pageModel.file(), pageModel.branches());
            new MemberFormView(form).show(page.window(), id -> {
                page.reload();
                memberSaved(id);
            });
        }, () -> {
            memberSaved(memberId);
            // an undo on this page may have reverted another member's change
            openPages.stream().filter(other -> other != page).forEach(MemberPageView::reload);
        });
        page.window().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            openPages.remove(page);
            registerChanged.stopListening(reload);
        });
    }

    /** One member saved: the register reads just that member again, and shows it selected. */
    private void memberSaved(long memberId) {
        dueModel.load();
        register.showIn(root);
        registerModel.memberSaved(memberId, () -> register.view().select(memberId));
    }

    /** Closes the window as its close button does, so that work in progress is asked about first. */
    private void close() {
        Window window = window();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    /** The keyboard shortcuts that work anywhere in the main window. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addMember);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::findMember);
    }
}
