package vn.dangvu.ui;

import vn.dangvu.logic.AdmissionDocuments;
import vn.dangvu.logic.AdmissionReportService;
import vn.dangvu.logic.AdmissionService;
import vn.dangvu.logic.BranchService;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.DueService;
import vn.dangvu.logic.RegisterService;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.persistence.Database;

/** An {@link AppContext} on a real database with the shipped rule tables, for screen tests. */
public final class TestContexts {

    private TestContexts() {
    }

    public static AppContext of(Database database, Background background, DialogService dialogs) {
        var deadlines = RuleTables.admissionDeadlines(null);
        DueService due = new DueService(database, deadlines);
        return new AppContext(new RegisterService(database), new BranchService(database), new CommitteeService(database),
                new DemoService(database), new AdmissionService(database, deadlines), due,
                new AdmissionReportService(database), new AdmissionDocuments(database, due, null), background, dialogs,
                "thư ký");
    }
}
