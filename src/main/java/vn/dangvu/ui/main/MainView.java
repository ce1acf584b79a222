package vn.dangvu.ui.main;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.dangvu.model.Committee;
import vn.dangvu.ui.AppContext;
import vn.dangvu.ui.branch.BranchesView;
import vn.dangvu.ui.importing.ImportView;
import vn.dangvu.ui.importing.ImportViewModel;
import vn.dangvu.ui.meeting.MeetingsView;
import vn.dangvu.ui.member.MemberFormView;
import vn.dangvu.ui.member.MemberFormViewModel;
import vn.dangvu.ui.member.MemberPageView;
import vn.dangvu.ui.member.MemberPageViewModel;
import vn.dangvu.ui.register.RegisterView;
import vn.dangvu.ui.register.RegisterViewModel;
import vn.dangvu.ui.stats.StatisticsView;
import vn.dangvu.ui.stats.StatisticsViewModel;

/** The main window: navigation on the left, the chosen screen in the middle. */
public final class MainView {

    private final AppContext context;
    private final BorderPane root = new BorderPane();
    private final RegisterViewModel registerModel;
    private final RegisterView register;
    private final BranchesView branches;
    private final ToggleButton registerButton = new ToggleButton("Sổ đảng viên");
    private final ToggleButton branchesButton = new ToggleButton("Chi bộ");
    private final ToggleButton statisticsButton = new ToggleButton("Báo cáo thống kê");
    private StatisticsView statistics;
    private final ToggleButton meetingsButton = new ToggleButton("Sinh hoạt chi bộ");
    private MeetingsView meetings;

    public MainView(AppContext context, Committee committee) {
        this.context = context;
        registerModel = new RegisterViewModel(context);
        register = new RegisterView(registerModel);
        branches = new BranchesView(context);
        register.setOnOpen(this::openMember);
        register.setOnAdd(this::addMember);
        root.setTop(menu());
        root.setLeft(navigation(committee));
        showRegister();
        registerModel.load();
    }

    private MenuBar menu() {
        MenuItem add = new MenuItem("Thêm đảng viên");
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        add.setOnAction(e -> addMember());
        MenuItem find = new MenuItem("Tìm kiếm");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> {
            showRegister();
            register.focusSearch();
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
        MenuItem quit = new MenuItem("Thoát");
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu("Tệp", null, importExcel, new SeparatorMenuItem(), quit);
        Menu members = new Menu("Đảng viên", null, add, find, new SeparatorMenuItem(), exportList, memberBook);
        return new MenuBar(file, members);
    }

    private VBox navigation(Committee committee) {
        Label title = new Label(committee.name());
        title.getStyleClass().add("nav-title");
        title.setMaxWidth(170);
        ToggleGroup group = new ToggleGroup();
        registerButton.setToggleGroup(group);
        branchesButton.setToggleGroup(group);
        statisticsButton.setToggleGroup(group);
        statisticsButton.setOnAction(e -> showStatistics());
        registerButton.setOnAction(e -> showRegister());
        branchesButton.setOnAction(e -> showBranches());
        meetingsButton.setToggleGroup(group);
        meetingsButton.setOnAction(e -> showMeetings());
        VBox nav = new VBox(title, registerButton, branchesButton, meetingsButton, statisticsButton);
        nav.getStyleClass().add("nav");
        return nav;
    }

    private void showRegister() {
        registerButton.setSelected(true);
        root.setCenter(register.root());
    }

    private void showBranches() {
        branchesButton.setSelected(true);
        branches.setCountsByBranch(registerModel.countsByBranch());
        branches.refresh();
        root.setCenter(branches.root());
        branches.setOnChanged(registerModel::reloadBranches);
    }

    private void showStatistics() {
        statisticsButton.setSelected(true);
        if (statistics == null) {
            statistics = new StatisticsView(new StatisticsViewModel(context));
        }
        root.setCenter(statistics.root());
        statistics.showing();
    }

    private void showMeetings() {
        meetingsButton.setSelected(true);
        if (meetings == null) {
            meetings = new MeetingsView(context);
        }
        meetings.refresh();
        root.setCenter(meetings.root());
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
            branches.refresh();
        });
        new ImportView(importing).show(window());
    }

    private void openMember(long memberId) {
        MemberPageViewModel pageModel = new MemberPageViewModel(context, memberId);
        MemberPageView page = new MemberPageView(pageModel);
        page.show(window(), () -> {
            MemberFormViewModel form = new MemberFormViewModel(context);
            form.edit(pageModel.file(), pageModel.branches());
            new MemberFormView(form).show(page.window(), id -> {
                page.reload();
                memberSaved(id);
            });
        }, () -> memberSaved(memberId));
    }

    private void memberSaved(long memberId) {
        showRegister();
        registerModel.memberSaved(memberId, () -> register.select(memberId));
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
            register.focusSearch();
        });
    }
}
