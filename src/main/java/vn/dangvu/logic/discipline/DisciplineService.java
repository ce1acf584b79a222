package vn.dangvu.logic.discipline;

import static vn.dangvu.model.DateFormats.format;

import java.util.List;
import java.util.Locale;
import vn.dangvu.logic.MemberWrites;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;
import vn.dangvu.model.history.ChangeKind;

/** Kỷ luật đảng viên (DOMAIN.md §8): recorded with the member's type checked; khai trừ also ends membership. */
public final class DisciplineService {

    private final Database database;

    public DisciplineService(Database database) {
        this.database = database;
    }

    public List<Discipline> forMember(long memberId) {
        return database.read(r -> r.discipline().forMember(memberId));
    }

    /**
     * Records the decision, refused when the member is not a member of the committee on the day
     * or the form is not allowed for a probationary member. Khai trừ appends the EXPELLED event
     * in the same transaction: both or neither.
     */
    public Discipline record(Discipline discipline, String recordedBy) {
        return database.write(r -> {
            MembershipHistory history = MembershipHistory.of(r.events().forMember(discipline.memberId()));
            MemberStatus status = history.stateOn(discipline.announcedOn()).status();
            String day = format(discipline.announcedOn());
            if (status != MemberStatus.OFFICIAL && status != MemberStatus.PROBATIONARY) {
                throw new RecordRejected("form", "Ngày " + day + " người này không phải đảng viên của Đảng bộ ("
                        + status.label().toLowerCase() + "), không thể ghi kỷ luật.");
            }
            if (status == MemberStatus.PROBATIONARY && !discipline.form().allowedForProbationary()) {
                throw new RecordRejected("form", "Ngày " + day + " là đảng viên dự bị: chỉ khiển trách hoặc cảnh cáo, không "
                        + discipline.form().label().toLowerCase() + " (Điều lệ Đảng, Điều 35).");
            }
            Discipline stored = r.discipline().insert(discipline, recordedBy);
            String number = discipline.decision().number();
            r.changes().record(ChangeKind.DISCIPLINE_RECORDED, discipline.memberId(), stored.id(),
                    discipline.form().label().toLowerCase(Locale.ROOT) + ", công bố " + day
                            + (number == null ? "" : ", quyết định số " + number), List.of());
            if (discipline.form() == DisciplineForm.EXPULSION) {
                MemberWrites.appendEvent(r, discipline.memberId(), new MembershipEvent(null, MembershipEventType.EXPELLED,
                        discipline.announcedOn(), null, discipline.decision(), OtherOrganisation.NONE,
                        discipline.reason(), recordedBy), recordedBy);
            }
            return stored;
        });
    }
}
