package vn.dangvu.logic.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.transfer.TransferService;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.due.DueList;

/** Việc cần làm on a day: loads what the due list needs in a few queries and derives it. */
public final class DueService {

    private final Database database;
    private final AdmissionDeadlines deadlines;

    public DueService(Database database, AdmissionDeadlines deadlines) {
        this.database = database;
        this.deadlines = deadlines;
    }

    public List<DueItem> dueOn(LocalDate asOf) {
        return database.read(r -> {
            Map<Long, String> branchNames = new HashMap<>();
            r.branches().all().forEach(b -> branchNames.put(b.id(), b.name()));
            List<DueItem> items = new ArrayList<>(DueList.on(asOf, r.people().unrecognised(), r.candidates().all(),
                    branchNames, deadlines));
            items.addAll(TransferService.dueOn(r, asOf, branchNames, deadlines.workingDays()));
            return DueList.sorted(items);
        });
    }

    public AdmissionDeadlines deadlines() {
        return deadlines;
    }
}
