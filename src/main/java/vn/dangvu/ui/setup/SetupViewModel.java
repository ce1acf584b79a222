package vn.dangvu.ui.setup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.backup.PasswordService;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.PersonName;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/** First start: the committee's name, the place for document dates, its branches; or demo data. */
public final class SetupViewModel {

    private final CommitteeService committeeService;
    private final DemoService demoService;
    private final PasswordService passwordService;
    private final Background background;
    final StringProperty committeeName = new SimpleStringProperty("");
    final StringProperty placeName = new SimpleStringProperty("");
    final StringProperty superiorName = new SimpleStringProperty("");
    final StringProperty branchNames = new SimpleStringProperty("");
    /** Optional but recommended: encrypts the data file (mật khẩu). */
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty passwordAgain = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SetupViewModel(CommitteeService committeeService, DemoService demoService, PasswordService passwordService,
                          Background background) {
        this.committeeService = committeeService;
        this.demoService = demoService;
        this.passwordService = passwordService;
        this.background = background;
    }

    /** Saves the committee and its branches, then calls {@code onDone}. */
    public void finish(Runnable onDone) {
        error.set("");
        Committee committee;
        try {
            committee = new Committee(committeeName.get(), placeName.get(), superiorName.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        List<Branch> branches = branches();
        if (branches.isEmpty()) {
            error.set("Nhập ít nhất một chi bộ, mỗi dòng một tên (có thể thêm sau ở màn hình Chi bộ).");
            return;
        }
        boolean protect = !password.get().isEmpty() || !passwordAgain.get().isEmpty();
        String passwordProblem = protect ? PasswordService.problem(password.get(), passwordAgain.get()) : null;
        if (passwordProblem != null) {
            error.set(passwordProblem);
            return;
        }
        String chosen = password.get();
        background.run(busy, () -> {
            committeeService.setUp(committee, branches);
            if (protect) {
                passwordService.set(chosen, chosen);
            }
            return null;
        }, done -> onDone.run(), this::failed);
    }

    /** Loads demo data into the empty database. */
    public void useDemo(Runnable onDone) {
        background.run(busy, () -> demoService.fill(DemoService.FIRST_START_MEMBERS),
                summary -> onDone.run(), this::failed);
    }

    private void failed(Throwable e) {
        error.set(DialogService.messageOf(e));
    }

    /** One branch per line, duplicates dropped; the kind guessed from the name, changeable later. */
    List<Branch> branches() {
        Set<String> names = new LinkedHashSet<>();
        for (String line : branchNames.get().split("\\R")) {
            String name = PersonName.clean(line);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        List<Branch> branches = new ArrayList<>();
        names.forEach(name -> branches.add(Branch.create(name, BranchKind.guessFromName(name), null)));
        return branches;
    }
}
