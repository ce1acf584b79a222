package vn.dangvu.ui;

import vn.dangvu.logic.AdmissionReportService;
import vn.dangvu.logic.AdmissionService;
import vn.dangvu.logic.BranchService;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.DueService;
import vn.dangvu.logic.RegisterService;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.export.ExportService;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.meeting.MeetingService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.model.AdmissionDeadlines;

/** What the screens share: the services, the background runner, the dialogs and who is working. */
public record AppContext(RegisterService register, BranchService branches, CommitteeService committee, DemoService demo,
                         MemberImportService importer, StatisticsService statistics, ExportService exports,
                         MeetingService meetings, AdmissionService admissions, DueService due,
                         AdmissionReportService admissionReports, Background background, DialogService dialogs,
                         String userName) {

    /** Every service on one database, with the shipped rule tables (tests, tools). */
    public static AppContext on(Database database, Background background, DialogService dialogs, String userName) {
        return on(database, RuleTables.admissionDeadlines(null), background, dialogs, userName);
    }

    /** Every service on one database; the only place that knows the full list. */
    public static AppContext on(Database database, AdmissionDeadlines deadlines, Background background,
                                DialogService dialogs, String userName) {
        return new AppContext(new RegisterService(database), new BranchService(database),
                new CommitteeService(database), new DemoService(database), new MemberImportService(database),
                new StatisticsService(database), new ExportService(database), new MeetingService(database),
                new AdmissionService(database, deadlines), new DueService(database, deadlines),
                new AdmissionReportService(database), background, dialogs, userName);
    }
}
