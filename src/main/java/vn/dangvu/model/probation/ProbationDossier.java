package vn.dangvu.model.probation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dangvu.model.DateFormats;

/**
 * The dossier of one probation: the documents recorded so far for the probation that began with
 * the ceremony on {@code admittedOn}, and what is still missing for the recognition.
 */
public record ProbationDossier(long memberId, LocalDate admittedOn, List<ProbationDocument> documents) {

    public ProbationDossier {
        Objects.requireNonNull(admittedOn, "admittedOn");
        Map<ProbationStep, ProbationDocument> byStep = new EnumMap<>(ProbationStep.class);
        for (ProbationDocument document : documents) {
            if (byStep.put(document.step(), document) != null) {
                throw new IllegalArgumentException(document.step().label() + " được nhập hai lần.");
            }
            if (document.date().isBefore(admittedOn)) {
                throw new IllegalArgumentException(document.step().label() + ": " + document.step().dateLabel()
                        .toLowerCase(Locale.ROOT) + " " + DateFormats.format(document.date())
                        + " trước ngày kết nạp " + DateFormats.format(admittedOn) + ".");
            }
        }
        documents = byStep.values().stream().sorted(Comparator.comparing(ProbationDocument::step)).toList();
    }

    public Optional<ProbationDocument> document(ProbationStep step) {
        return documents.stream().filter(d -> d.step() == step).findFirst();
    }

    /** The documents not recorded yet, in dossier order. */
    public List<ProbationStep> missing() {
        return Arrays.stream(ProbationStep.values()).filter(step -> document(step).isEmpty()).toList();
    }

    /** How complete the dossier is, for the clerk who sees the documents listed beside it. */
    public String missingText() {
        int missing = missing().size();
        return missing == 0 ? "Hồ sơ dự bị đã đủ." : "Hồ sơ dự bị còn thiếu " + missing + " trong "
                + ProbationStep.values().length + " giấy tờ (ô ngày còn trống).";
    }
}
