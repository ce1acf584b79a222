package vn.dangvu.logic.probation;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.probation.ProbationDossier;

/** Hồ sơ dự bị: the documents gathered during a probation, towards the recognition. */
public final class ProbationService {

    private final Database database;

    public ProbationService(Database database) {
        this.database = database;
    }

    /** The dossier of the member's latest admission on or before the day. */
    public ProbationDossier dossier(long memberId, LocalDate day) {
        return database.read(r -> r.probations().dossier(memberId, admittedOn(r, memberId, day)
                .orElseThrow(() -> new RecordRejected(null, "Chưa có ngày kết nạp trước ngày " + format(day) + "."))));
    }

    /** Replaces the dossier's documents; refused when it is not the member's latest admission. */
    public ProbationDossier save(ProbationDossier dossier) {
        return database.write(r -> {
            LocalDate latest = admittedOn(r, dossier.memberId(), LocalDate.MAX).orElse(null);
            if (!dossier.admittedOn().equals(latest)) {
                throw new RecordRejected(null, "Hồ sơ dự bị của lần kết nạp ngày " + format(dossier.admittedOn())
                        + " không phải của lần kết nạp gần nhất.");
            }
            r.probations().save(dossier);
            RecordLog.saved(r, dossier.memberId(), "Ghi hồ sơ xét công nhận chính thức (kết nạp ngày "
                    + format(dossier.admittedOn()) + ")");
            return dossier;
        });
    }

    private static Optional<LocalDate> admittedOn(Repositories r, long memberId, LocalDate day) {
        return MembershipHistory.of(r.events().forMember(memberId)).admissionDateOn(day);
    }
}
