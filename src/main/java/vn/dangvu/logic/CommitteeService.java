package vn.dangvu.logic;

import java.util.List;
import java.util.Optional;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Committee;

/** The committee's identity, set up at first start. */
public final class CommitteeService {

    private final Database database;

    public CommitteeService(Database database) {
        this.database = database;
    }

    public Optional<Committee> find() {
        return database.read(r -> r.committee().find());
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
}
