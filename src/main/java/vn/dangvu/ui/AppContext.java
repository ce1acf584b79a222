package vn.dangvu.ui;

import java.nio.file.Path;

import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.ServerSettings;
import vn.dangvu.logic.admission.AdmissionDocuments;
import vn.dangvu.logic.admission.AdmissionReportService;
import vn.dangvu.logic.admission.AdmissionService;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.backup.PasswordService;
import vn.dangvu.logic.badge.BadgeService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.discipline.DisciplineService;
import vn.dangvu.logic.due.DueService;
import vn.dangvu.logic.fee.FeeService;
import vn.dangvu.logic.history.HistoryService;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.meeting.MeetingService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.probation.ProbationService;
import vn.dangvu.logic.rating.RatingService;
import vn.dangvu.logic.register.RegisterExports;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.logic.residence.ResidenceService;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.logic.transfer.TransferService;
import vn.dangvu.model.admission.AdmissionDeadlines;

/** What the screens share: the services, the background runner, the dialogs and who is working. */
public record AppContext(RegisterService register, BranchService branches, CommitteeService committee, DemoService demo,
                         MemberImportService importer, StatisticsService statistics, RegisterExports exports,
                         MeetingService meetings, AdmissionService admissions, DueService due,
                         AdmissionReportService admissionReports, AdmissionDocuments admissionDocuments,
                         ProbationService probations, BadgeService badges, DisciplineService discipline,
                         HistoryService history, RatingService ratings,
                         TransferService transfers, FeeService fees, ResidenceService residence,
                         BackupService backups, PasswordService passwords, ServerSettings serverSettings,
                         Background background, DialogService dialogs, String userName) {

    /** Every service on one database, with the shipped rule tables and templates (tests, tools). */
    public static AppContext on(Database database, Background background, DialogService dialogs, String userName) {
        return on(database, RuleTables.admissionDeadlines(null), null, background, dialogs, userName);
    }

    /**
     * Every service on one database; the only place that knows the full list.
     *
     * @param dataFolder where an office's own templates may override the shipped ones, or null
     */
    public static AppContext on(Database database, AdmissionDeadlines deadlines, Path dataFolder,
                                Background background, DialogService dialogs, String userName) {
        DueService due = new DueService(database, deadlines);
        return new AppContext(new RegisterService(database), new BranchService(database),
                new CommitteeService(database), new DemoService(database), new MemberImportService(database),
                new StatisticsService(database), new RegisterExports(database), new MeetingService(database, RuleTables.meetingLengthRules(dataFolder)),
                new AdmissionService(database, deadlines), due, new AdmissionReportService(database),
                new AdmissionDocuments(database, due, dataFolder), new ProbationService(database),
                new BadgeService(database, RuleTables.badgeRules(dataFolder)), new DisciplineService(database),
                new HistoryService(database), new RatingService(database, RuleTables.ratingRegimes(dataFolder)),
                new TransferService(database),
                new FeeService(database, RuleTables.feeRules(dataFolder)), new ResidenceService(database),
                new BackupService(database), new PasswordService(database), new ServerSettings(database.folder()),
                background, dialogs, userName);
    }
}
