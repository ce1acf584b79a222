package vn.dangvu.ui.admission;

import java.time.LocalDate;
import java.util.Comparator;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;

/** One candidate in the list: where the dossier stands and how much is missing. */
public record CandidateLine(Candidate candidate, String name, String birthDate, String branch, String lastStep,
                            int missing, String state) {

    static CandidateLine of(Candidate c, String branch, int missing, LocalDate today) {
        String last = c.steps().values().stream()
                .max(Comparator.comparing((CandidateStep s) -> s.step().ordinal()))
                .map(s -> s.step().label() + " (" + DateFormats.format(s.date()) + ")").orElse("Mới lập hồ sơ");
        String state = c.memberId() != null
                ? "Đã kết nạp" + c.step(AdmissionStep.CEREMONY).map(s -> " " + DateFormats.format(s.date())).orElse("")
                : c.withdrawnOn() != null && !c.withdrawnOn().isAfter(today)
                ? "Dừng theo dõi " + DateFormats.format(c.withdrawnOn())
                : c.readmission() ? "Kết nạp lại, đang theo dõi" : "Đang theo dõi";
        return new CandidateLine(c, c.person().name().full(), DateFormats.format(c.person().birthDate()), branch, last,
                missing, state);
    }

    public long id() {
        return candidate.id();
    }

    /** Still followed: neither admitted nor stopped. */
    public boolean open() {
        return candidate.memberId() == null && candidate.withdrawnOn() == null;
    }
}
