package vn.dangvu.logic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.committee.CommitteeHistory;

/** The committee's identity, set up at first start, and its dated changes (DOMAIN.md §17). */
public final class CommitteeService {

    private final Database database;

    public CommitteeService(Database database) {
        this.database = database;
    }

    /** The committee as it is named now. */
    public Optional<Committee> find() {
        return database.read(r -> r.committee().find());
    }

    /** The committee as it was named on the day (a document of that date). */
    public Optional<Committee> on(LocalDate date) {
        return database.read(r -> r.committee().on(date));
    }

    public Optional<CommitteeHistory> history() {
        return database.read(r -> r.committee().history());
    }

    /** First start: the committee and its branches in one transaction. */
    public void setUp(Committee committee, List<Branch> branches) {
        database.write(r -> {
            r.committee().save(committee);
            for (Branch branch : branches) {
                r.branches().insert(branch);
            }
            RecordLog.saved(r, null, "Thiết lập " + committee.name() + " với " + branches.size() + " chi bộ");
            return null;
        });
    }

    public void save(Committee committee) {
        database.write(r -> {
            r.committee().save(committee);
            RecordLog.saved(r, null, "Sửa thông tin " + committee.name());
            return null;
        });
    }

    /**
     * Records the committee's name, place name and superior valid from a day on. With no committee
     * yet, or no day, it sets the committee as it is now (the first start, or a correction).
     *
     * @param from the first day of the change, or null
     */
    public void change(Committee committee, LocalDate from, String recordedBy) {
        database.write(r -> {
            if (from == null || r.committee().find().isEmpty()) {
                r.committee().save(committee);
                RecordLog.saved(r, null, "Thông tin Đảng bộ: " + describe(committee));
            } else {
                r.committee().saveFrom(from, committee, recordedBy);
                RecordLog.saved(r, null, "Thông tin Đảng bộ từ ngày " + DateFormats.format(from) + ": "
                        + describe(committee));
            }
            return null;
        });
    }

    private static String describe(Committee committee) {
        return committee.name() + ", địa danh " + committee.placeName()
                + (committee.superiorName() == null ? "" : ", cấp trên " + committee.superiorName());
    }
}
