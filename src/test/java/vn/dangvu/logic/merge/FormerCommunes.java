package vn.dangvu.logic.merge;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.logic.paper.PaperStores;
import vn.dangvu.logic.paper.SamplePapers;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;

/**
 * Two former communes joined on 01/07/2025. Hải Yến (the data here): Chi bộ thôn 1 and thôn 2;
 * Nguyễn Thị Hoa (moved to Hải Hà on 10/03/2023), Trần Thị Mai (admitted 12/03/1990), Lê Văn An,
 * Phạm Văn Bảo (admitted 05/05/2024). Hải Hà (a backup of its own data folder): Chi bộ thôn 1 and
 * thôn 5; Hoa (arrived 20/03/2023, the same CCCD), Mai (the same card and birth date, but admitted
 * 15/03/1990 in its records, official the same day 12/03/1991), Hoàng Văn Cường (died 08/08/2024), Vũ Thị Dung (exempt since 2020)
 * and Đỗ Văn Em (admitted 10/01/2025). On the join date Hải Hà has 4 members: 3 official (Dung
 * exempt) and 1 probationary.
 */
public final class FormerCommunes {

    public static final LocalDate JOIN = LocalDate.of(2025, 7, 1);
    public static final String HAI_HA = "Đảng bộ xã Hải Hà";

    private FormerCommunes() {
    }

    /** Hải Yến's own data, with its committee under the district until 30/06/2025. */
    public static void haiYen(Database database) {
        CommitteeService committee = new CommitteeService(database);
        committee.setUp(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên"), List.of(
                Branch.create("Chi bộ thôn 1", BranchKind.VILLAGE, LocalDate.of(1980, 1, 1)),
                Branch.create("Chi bộ thôn 2", BranchKind.VILLAGE, LocalDate.of(1980, 1, 1))));
        committee.change(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ tỉnh Quảng Ninh"), JOIN, "thư ký");
        List<Branch> branches = new BranchService(database).all();
        long thon1 = branches.get(0).id();
        long thon2 = branches.get(1).id();
        RegisterService register = new RegisterService(database);
        person(register, "Nguyễn Thị Hoa", "1970-03-12", "01234567", "022170000001", List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date("1995-05-19"), thon1),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date("1996-05-19"), null),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_OUT, date("2023-03-10"), null)
                        .withOtherOrganisation(new OtherOrganisation(HAI_HA, "Quảng Ninh", "Tiên Yên"))));
        official(register, "Trần Thị Mai", "1968-02-02", "02345678", "1990-03-12", thon2);
        official(register, "Lê Văn An", "1975-06-06", null, "2000-01-10", thon1);
        person(register, "Phạm Văn Bảo", "1995-09-09", null, null, List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date("2024-05-05"), thon2),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date("2025-05-05"), null)));
    }

    /** Hải Hà's data in a folder of its own, backed up (verified) into its sao-luu; returns the backup. */
    public static Path haiHaBackup(Path folder, boolean withMaisOtherAdmission) {
        try (Database database = Database.open(folder)) {
            haiHa(database, withMaisOtherAdmission);
            return new BackupService(database).backupNow().file().file();
        }
    }

    /**
     * Hải Hà's backup with a photo in two files: Trần Thị Mai's (found here too) is
     * {@code SamplePapers.photo(1)}, Vũ Thị Dung's (only there) {@code SamplePapers.photo(2)}.
     */
    public static Path haiHaBackupWithPhotos(Path folder) {
        try (Database database = Database.open(folder)) {
            haiHa(database, false);
            PaperService papers = papers(database);
            for (RegisterEntry e : new RegisterService(database).loadRegister()) {
                int seed = switch (e.name().full()) {
                    case "Trần Thị Mai" -> 1;
                    case "Vũ Thị Dung" -> 2;
                    default -> 0;
                };
                if (seed > 0) {
                    papers.attach(e.id(), "anh", "anh.jpg", SamplePapers.photo(seed), null, null, "thư ký Hải Hà");
                }
            }
            return new BackupService(database).backupNow().file().file();
        }
    }

    /** The papers of a database's members with the standard list of papers. */
    public static PaperService papers(Database database) {
        return new PaperService(database, PaperStores.of(database), RuleTables.paperTypes(null),
                RuleTables.paperLimits(null), Clock.systemDefaultZone());
    }

    public static void haiHa(Database database, boolean withMaisOtherAdmission) {
        new CommitteeService(database).setUp(new Committee(HAI_HA, "Hải Hà", "Đảng bộ huyện Tiên Yên"), List.of(
                Branch.create("Chi bộ thôn 1", BranchKind.VILLAGE, LocalDate.of(1982, 1, 1)),
                Branch.create("Chi bộ thôn 5", BranchKind.VILLAGE, LocalDate.of(1982, 1, 1))));
        List<Branch> branches = new BranchService(database).all();
        long thon1 = branches.get(0).id();
        long thon5 = branches.get(1).id();
        RegisterService register = new RegisterService(database);
        person(register, "Nguyễn Thị Hoa", "1970-03-12", null, "022170000001", List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date("1995-05-19"), null),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date("1996-05-19"), null),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, date("2023-03-20"), thon5)
                        .withOtherOrganisation(new OtherOrganisation("Đảng bộ xã Hải Yến", "Quảng Ninh", "Tiên Yên"))));
        person(register, "Trần Thị Mai", "1968-02-02", "02345678", null, List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date(withMaisOtherAdmission ? "1990-03-15" : "1990-03-12"),
                        thon1),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date("1991-03-12"), null)));
        person(register, "Hoàng Văn Cường", "1950-01-01", null, null, List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date("1985-01-01"), thon1),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date("1986-01-01"), null),
                MembershipEvent.of(MembershipEventType.DIED, date("2024-08-08"), null)));
        person(register, "Vũ Thị Dung", "1945-04-04", null, null, List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date("2010-06-06"), thon5),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date("2011-06-06"), null),
                MembershipEvent.of(MembershipEventType.EXEMPTED, date("2020-01-01"), null)));
        person(register, "Đỗ Văn Em", "2000-10-10", null, null, List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date("2025-01-10"), thon1)));
    }

    private static void official(RegisterService register, String name, String born, String card, String admitted,
                                 long branch) {
        person(register, name, born, card, null, List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date(admitted), branch),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date(admitted).plusYears(1), null)));
    }

    private static void person(RegisterService register, String name, String born, String card, String citizenId,
                               List<MembershipEvent> events) {
        register.createMember(new Member(null, 0, PersonName.parse(name), name.contains(" Thị ") ? Sex.FEMALE : Sex.MALE,
                date(born), "Kinh", null, new MemberIds(card, null, citizenId), null), new ArrayList<>(events), "thư ký");
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
