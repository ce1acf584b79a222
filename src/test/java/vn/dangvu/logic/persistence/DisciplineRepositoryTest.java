package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;

/** Disciplinary decisions survive closing and reopening the data file. */
class DisciplineRepositoryTest {

    @TempDir
    Path dataFolder;

    @Test
    void decisionsAreKeptPerMemberAndFoundByYearAfterReopening() {
        long memberId;
        try (Database database = Database.open(dataFolder)) {
            long branch = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE,
                    LocalDate.of(2000, 1, 1)).id();
            memberId = new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Hoàng Văn Tú"),
                    Sex.MALE, LocalDate.of(1980, 1, 1), "Tày", null, new MemberIds("30000001", null, null), null),
                    List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 10), branch)),
                    "Văn phòng").member().id();
            database.write(repos -> {
                repos.discipline().insert(new Discipline(null, memberId, DisciplineForm.WARNING, LocalDate.of(2024, 6, 3),
                        new Decision("12-QĐ/UBKT", LocalDate.of(2024, 6, 1), "Ủy ban Kiểm tra Đảng ủy"), "Vi phạm"), "VP");
                return repos.discipline().insert(new Discipline(null, memberId, DisciplineForm.REPRIMAND,
                        LocalDate.of(2025, 2, 1), null, null), "VP");
            });
        }
        try (Database database = Database.open(dataFolder)) {
            List<Discipline> all = database.read(repos -> repos.discipline().forMember(memberId));
            assertEquals(List.of(DisciplineForm.WARNING, DisciplineForm.REPRIMAND),
                    all.stream().map(Discipline::form).toList());
            assertEquals("12-QĐ/UBKT", all.get(0).decision().number());
            assertEquals(List.of(LocalDate.of(2025, 2, 1)), database.read(repos -> repos.discipline().announcedIn(2025))
                    .stream().map(Discipline::announcedOn).toList());
        }
    }
}
