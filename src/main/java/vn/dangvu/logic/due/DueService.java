package vn.dangvu.logic.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.transfer.TransferService;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.due.DueList;
import vn.dangvu.model.probation.ProbationDossier;

/** Việc cần làm on a day: loads what the due list needs in a few queries and derives it. */
public final class DueService {

    private final Database database;
    private final AdmissionDeadlines deadlines;

    public DueService(Database database, AdmissionDeadlines deadlines) {
        this.database = database;
        this.deadlines = deadlines;
    }

    /** The list as it stood at the end of the day: what was recorded later does not take anything off it. */
    public List<DueItem> dueOn(LocalDate asOf) {
        return database.read(r -> {
            Map<Long, String> branchNames = new HashMap<>();
            r.branches().all().forEach(b -> branchNames.put(b.id(), b.name()));
            List<RegisterEntry> people = r.people().unrecognisedOn(asOf);
            Map<Long, ProbationDossier> dossiers = r.probations().dossiers(DueList.probations(asOf, people));
            List<DueItem> items = new ArrayList<>(DueList.on(asOf, people, dossiers, r.candidates().all(),
                    branchNames, deadlines));
            items.addAll(TransferService.dueOn(r, asOf, branchNames, deadlines.workingDays()));
            return DueList.sorted(items);
        });
    }

    public AdmissionDeadlines deadlines() {
        return deadlines;
    }
}
