package vn.dangvu.ui.main;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import vn.dangvu.ui.badge.BadgesView;
import vn.dangvu.ui.badge.BadgesViewModel;
import vn.dangvu.ui.rating.RatingView;
import vn.dangvu.ui.rating.RatingViewModel;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.dangvu.model.Committee;
import vn.dangvu.ui.AppContext;
import vn.dangvu.ui.NextLayout;
import vn.dangvu.ui.admission.AdmissionView;
import vn.dangvu.ui.admission.AdmissionViewModel;
import vn.dangvu.ui.backup.BackupView;
import vn.dangvu.ui.backup.BackupViewModel;
import vn.dangvu.ui.branch.BranchesView;
import vn.dangvu.ui.importing.ImportView;
import vn.dangvu.ui.importing.ImportViewModel;
import vn.dangvu.ui.meeting.MeetingsView;
import vn.dangvu.ui.due.DueView;
import vn.dangvu.ui.due.DueViewModel;
import vn.dangvu.ui.fee.FeesView;
import vn.dangvu.ui.fee.FeesViewModel;
import vn.dangvu.ui.member.MemberFormView;
import vn.dangvu.ui.member.MemberFormViewModel;
import vn.dangvu.ui.member.MemberPageView;
import vn.dangvu.ui.history.HistoryView;
import vn.dangvu.ui.history.HistoryViewModel;
import vn.dangvu.ui.member.MemberPageViewModel;
import vn.dangvu.ui.register.RegisterView;
import vn.dangvu.ui.residence.ResidenceView;
import vn.dangvu.ui.residence.ResidenceViewModel;
import vn.dangvu.ui.transfer.TransfersView;
import vn.dangvu.ui.transfer.TransfersViewModel;
import vn.dangvu.ui.register.RegisterViewModel;
import vn.dangvu.ui.stats.StatisticsView;
import vn.dangvu.ui.stats.StatisticsViewModel;

/** The main window: navigation on the left, the chosen screen in the middle. */
public final class MainView {

    private final AppContext context;
    private final BorderPane root = new BorderPane();
    private final RegisterViewModel registerModel;
    private RegisterView register;
    private BranchesView branches;
    private final DueViewModel dueModel;
    private final DueView due;
    private AdmissionView admission;
    private final ToggleButton dueButton = new ToggleButton("Việc cần làm");
    private final ToggleButton registerButton = new ToggleButton("Sổ đảng viên");
    private final ToggleButton branchesButton = new ToggleButton("Chi bộ");
    private final ToggleButton statisticsButton = new ToggleButton("Báo cáo thống kê");
    private StatisticsView statistics;
    private final ToggleButton meetingsButton = new ToggleButton("Sinh hoạt chi bộ");
    private MeetingsView meetings;
    private final ToggleButton admissionButton = new ToggleButton("Kết nạp đảng viên");
    private final ToggleButton badgesButton = new ToggleButton("Huy hiệu Đảng");
    private BadgesView badges;
    private final ToggleButton historyButton = new ToggleButton("Thùng rác, lịch sử");
    private final HistoryViewModel historyModel;
    /** Member pages open now (each its own window): reloaded when an undo or a restore changes the register. */
    private final java.util.List<MemberPageView> openPages = new java.util.ArrayList<>();
    private HistoryView history;
    private final ToggleButton ratingsButton = new ToggleButton("Xếp loại");
    private RatingView ratings;
    private final ToggleButton transfersButton = new ToggleButton("Chuyển sinh hoạt");
    private TransfersView transfers;
    private final ToggleButton feesButton = new ToggleButton("Đảng phí");
    private FeesView fees;
    private final ToggleButton backupButton = new ToggleButton("Sao lưu dữ liệu");
    private final BackupViewModel backupModel;
    private BackupView backup;

    public MainView(AppContext context, Committee committee) {
        this.context = context;
        // Only the home screen is built now; the others on first use, so the window opens sooner.
        registerModel = new RegisterViewModel(context);
        dueModel = new DueViewModel(context);
        due = new DueView(dueModel);
        historyModel = new HistoryViewModel(context);
        historyModel.setOnChanged(this::registerChanged);
        due.setOnOpenMember(this::openMember);
        due.setOnOpenCandidate(id -> {
            showAdmissions();
            admission.select(id);
        });
        dueModel.setOnChanged(registerModel::load);
        backupModel = new BackupViewModel(context);
        backupModel.setOnRestored(() -> window().hide());
        root.setTop(menu());
        root.setLeft(navigation(committee));
        root.setBottom(backupStatus());
        showDue();
        dueModel.load();
        // Work the home screen does not show waits for the window's first layout: the whole register
        // (seconds at 100,000 members) and the day's backup would take an old two-core PC's CPU from it.
        NextLayout.ofSceneOf(root, () -> {
            registerModel.load();
            backupModel.backUpIfDue(); // after the register, on the same background thread
        });
    }

    private RegisterView register() {
        if (register == null) {
            register = new RegisterView(registerModel);
            register.setOnOpen(this::openMember);
            register.setOnAdd(this::addMember);
        }
        return register;
    }

    private AdmissionView admission() {
        if (admission == null) {
            AdmissionViewModel admissionModel = new AdmissionViewModel(context);
            admission = new AdmissionView(admissionModel);
            admissionModel.setOnChanged(() -> {
                dueModel.load();
                registerModel.load();
            });
            admissionModel.load();
        }
        return admission;
    }

    private BranchesView branches() {
        if (branches == null) {
            branches = new BranchesView(context);
            branches.setOnChanged(registerModel::reloadBranches);
        }
        return branches;
    }

    private MenuBar menu() {
        MenuItem add = new MenuItem("Thêm đảng viên");
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        add.setOnAction(e -> addMember());
        MenuItem find = new MenuItem("Tìm kiếm");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> {
            showRegister();
            register().focusSearch();
        });
        MenuItem importExcel = new MenuItem("Nhập từ Excel…");
        importExcel.setOnAction(e -> openImport());
        MenuItem exportList = new MenuItem("Xuất danh sách đang xem ra Excel…");
        exportList.setOnAction(e -> {
            showRegister();
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
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu("Tệp", null, importExcel, new SeparatorMenuItem(), quit);
        Menu members = new Menu("Đảng viên", null, add, find, undo, new SeparatorMenuItem(), exportList, memberBook);
        return new MenuBar(file, members);
    }

    private VBox navigation(Committee committee) {
        Label title = new Label(committee.name());
        title.getStyleClass().add("nav-title");
        title.setMaxWidth(170);
        ToggleGroup group = new ToggleGroup();
        for (ToggleButton button : new ToggleButton[] {dueButton, registerButton, branchesButton, admissionButton, meetingsButton,
                transfersButton, feesButton, ratingsButton, statisticsButton, badgesButton, historyButton, backupButton}) {
            button.setToggleGroup(group);
        }
        dueButton.setId("nav-due");
        registerButton.setId("nav-register");
        branchesButton.setId("nav-branches");
        admissionButton.setId("nav-admissions");
        badgesButton.setId("nav-badges");
        historyButton.setId("nav-history");
        historyButton.setOnAction(e -> showHistory());
        ratingsButton.setId("nav-ratings");
        transfersButton.setId("nav-transfers");
        feesButton.setId("nav-fees");
        dueButton.textProperty().bind(dueModel.countProperty().asString("Việc cần làm (%d)"));
        dueModel.overdueCountProperty().addListener((o, was, overdue) -> {
            dueButton.getStyleClass().remove("nav-overdue");
            if (overdue.intValue() > 0) {
                dueButton.getStyleClass().add("nav-overdue"); // red while anything is overdue
            }
        });
        dueButton.setOnAction(e -> showDue());
        registerButton.setOnAction(e -> showRegister());
        branchesButton.setOnAction(e -> showBranches());
        admissionButton.setOnAction(e -> showAdmissions());
        meetingsButton.setOnAction(e -> showMeetings());
        statisticsButton.setOnAction(e -> showStatistics());
        badgesButton.setOnAction(e -> showBadges());
        ratingsButton.setOnAction(e -> showRatings());
        transfersButton.setOnAction(e -> showTransfers());
        feesButton.setOnAction(e -> showFees());
        backupButton.setId("nav-backup");
        backupButton.setOnAction(e -> showBackup());
        VBox nav = new VBox(title, dueButton, registerButton, branchesButton, admissionButton, meetingsButton,
                transfersButton, feesButton, ratingsButton, statisticsButton, badgesButton, historyButton, backupButton);
        nav.getStyleClass().add("nav");
        return nav;
    }

    private void showRegister() {
        registerButton.setSelected(true);
        root.setCenter(register().root());
    }

    private void showDue() {
        dueButton.setSelected(true);
        root.setCenter(due.root());
    }

    private void showAdmissions() {
        admissionButton.setSelected(true);
        root.setCenter(admission().root());
    }

    private void showBranches() {
        branchesButton.setSelected(true);
        BranchesView view = branches();
        view.setCountsByBranch(registerModel.countsByBranch());
        view.refresh();
        root.setCenter(view.root());
    }

    private void showStatistics() {
        statisticsButton.setSelected(true);
        if (statistics == null) {
            statistics = new StatisticsView(new StatisticsViewModel(context));
        }
        root.setCenter(statistics.root());
        statistics.showing();
    }

    private void showBadges() {
        badgesButton.setSelected(true);
        if (badges == null) {
            badges = new BadgesView(new BadgesViewModel(context));
        }
        badges.refresh();
        root.setCenter(badges.root());
    }

    private void showRatings() {
        ratingsButton.setSelected(true);
        if (ratings == null) {
            ratings = new RatingView(new RatingViewModel(context));
        }
        root.setCenter(ratings.root());
        ratings.showing();
    }

    private void showMeetings() {
        meetingsButton.setSelected(true);
        if (meetings == null) {
            meetings = new MeetingsView(context);
        }
        meetings.refresh();
        root.setCenter(meetings.root());
    }

    private void showHistory() {
        historyButton.setSelected(true);
        if (history == null) {
            history = new HistoryView(historyModel);
        }
        history.refresh();
        root.setCenter(history.root());
    }

    /** After a restore or an undo: the register, what is due and any open member page may read differently. */
    private void registerChanged() {
        dueModel.load();
        registerModel.load();
        openPages.forEach(MemberPageView::reload);
    }

    private void showTransfers() {
        transfersButton.setSelected(true);
        if (transfers == null) {
            TransfersViewModel model = new TransfersViewModel(context);
            model.setOnChanged(() -> {
                dueModel.load();
                registerModel.load();
            });
            ResidenceViewModel residence = new ResidenceViewModel(context, java.time.LocalDate::now);
            transfers = new TransfersView(model, new ResidenceView(residence));
            residence.load();
        }
        transfers.refresh();
        root.setCenter(transfers.root());
    }

    private void showFees() {
        feesButton.setSelected(true);
        if (fees == null) {
            fees = new FeesView(new FeesViewModel(context));
        }
        fees.refresh();
        root.setCenter(fees.root());
    }

    private void showBackup() {
        backupButton.setSelected(true);
        if (backup == null) {
            backup = new BackupView(backupModel);
        }
        backupModel.load();
        root.setCenter(backup.root());
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
        status.setOnMouseClicked(e -> showBackup());
        return status;
    }

    private void addMember() {
        context.background().run(() -> context.branches().all(), all -> {
            MemberFormViewModel form = new MemberFormViewModel(context);
            form.startNew(all.stream().filter(b -> b.activeOn(java.time.LocalDate.now())).toList());
            new MemberFormView(form).show(window(), this::memberSaved);
        }, e -> context.dialogs().showError("Thêm đảng viên", vn.dangvu.ui.DialogService.messageOf(e)));
    }

    /** After an import the register and the branches are read again: many people and branches may be new. */
    private void openImport() {
        ImportViewModel importing = new ImportViewModel(context);
        importing.setOnImported(() -> {
            registerModel.load();
            if (branches != null) {
                branches.refresh();
            }
        });
        new ImportView(importing).show(window());
    }

    private void openMember(long memberId) {
        MemberPageViewModel pageModel = new MemberPageViewModel(context, memberId);
        MemberPageView page = new MemberPageView(pageModel);
        openPages.add(page);
        page.show(window(), () -> {
            MemberFormViewModel form = new MemberFormViewModel(context);
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
        page.window().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> openPages.remove(page));
    }

    private void memberSaved(long memberId) {
        dueModel.load();
        showRegister();
        registerModel.memberSaved(memberId, () -> register().select(memberId));
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
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            showRegister();
            register().focusSearch();
        });
    }
}
