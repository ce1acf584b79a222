package vn.dangvu.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
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
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.ServerStatus;
import vn.dangvu.logic.probation.ProbationService;
import vn.dangvu.logic.rating.RatingService;
import vn.dangvu.logic.register.RegisterExports;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.logic.residence.ResidenceService;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.logic.transfer.TransferService;
import vn.dangvu.model.admission.AdmissionDeadlines;

/**
 * Every service on one open database, with the office's rule tables and templates: the one place
 * that builds them, for the window and the command line alike. Closing it closes the database.
 *
 * @param userName who is working, written into the change log by the screens and commands
 */
public record Services(Database database, Clock clock, String userName, RegisterService register,
                       BranchService branches, CommitteeService committee, DemoService demo,
                       MemberImportService importer, StatisticsService statistics, RegisterExports exports,
                       MeetingService meetings, AdmissionService admissions, DueService due,
                       AdmissionReportService admissionReports, AdmissionDocuments admissionDocuments,
                       ProbationService probations, BadgeService badges, DisciplineService discipline,
                       HistoryService history, RatingService ratings, TransferService transfers, FeeService fees,
                       ResidenceService residence, BackupService backups, PasswordService passwords,
                       ServerSettings serverSettings)
        implements AutoCloseable {

    /** For the person at this computer: the system clock and the operating system's user name. */
    public static Services on(Database database, Path dataFolder) {
        return on(database, dataFolder, Clock.systemDefaultZone(), System.getProperty("user.name", ""));
    }

    /**
     * Closes the database when the services cannot be built (a rule table the office edited is
     * wrong): nothing else holds it then.
     *
     * @param dataFolder where an office's own rule tables and templates may override the shipped ones, or null
     */
    public static Services on(Database database, Path dataFolder, Clock clock, String userName) {
        try {
            return build(database, dataFolder, clock, userName);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Services build(Database database, Path dataFolder, Clock clock, String userName) {
        AdmissionDeadlines deadlines = RuleTables.admissionDeadlines(dataFolder);
        DueService due = new DueService(database, deadlines);
        return new Services(database, clock, userName, new RegisterService(database), new BranchService(database),
                new CommitteeService(database), new DemoService(database),
                new MemberImportService(database, () -> LocalDate.now(clock)), new StatisticsService(database),
                new RegisterExports(database), new MeetingService(database, RuleTables.meetingLengthRules(dataFolder)), new AdmissionService(database, deadlines),
                due, new AdmissionReportService(database), new AdmissionDocuments(database, due, dataFolder),
                new ProbationService(database), new BadgeService(database, RuleTables.badgeRules(dataFolder), clock),
                new DisciplineService(database), new HistoryService(database),
                new RatingService(database, RuleTables.ratingRegimes(dataFolder), clock),
                new TransferService(database, clock), new FeeService(database, RuleTables.feeRules(dataFolder), clock),
                new ResidenceService(database), new BackupService(database, () -> LocalDateTime.now(clock)),
                new PasswordService(database), new ServerSettings(database.folder()));
    }

    /** The server holding the data, empty for the file in the data folder (the status bar names it). */
    public Optional<ServerAddress> server() {
        return database.server();
    }

    /** Whether the server answers, for the status bar; empty for the file in the data folder. */
    public Optional<ServerStatus> serverStatus() {
        return database.serverStatus();
    }

    @Override
    public void close() {
        database.close();
    }
}
