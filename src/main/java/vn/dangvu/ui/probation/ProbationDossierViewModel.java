package vn.dangvu.ui.probation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.logic.probation.ProbationService;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.model.probation.ProbationDocument;
import vn.dangvu.model.probation.ProbationDossier;
import vn.dangvu.model.probation.ProbationStep;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/** Hồ sơ dự bị of the probation chosen on the due screen: what is recorded, what is missing. */
public final class ProbationDossierViewModel {

    private final ProbationService probationService;
    private final PaperService papers;
    private final Background background;
    private final Supplier<LocalDate> today;
    private final List<ProbationDocumentRow> rows = Arrays.stream(ProbationStep.values())
            .map(ProbationDocumentRow::new).toList();
    private final ReadOnlyStringWrapper missingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scansMissing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private ProbationDossier dossier;
    private long request;

    public ProbationDossierViewModel(ProbationService probationService, PaperService papers, Background background,
                                     Supplier<LocalDate> today) {
        this.probationService = probationService;
        this.papers = papers;
        this.background = background;
        this.today = today;
    }

    /** Loads the dossier of the member's probation open on the day, or clears the form for null. */
    public void show(Long memberId, LocalDate day) {
        long mine = ++request;
        clear();
        if (memberId == null) {
            return;
        }
        background.run(() -> new Loaded(probationService.dossier(memberId, day), papers.missingForRecognition(memberId)),
                loaded -> {
            if (mine == request) {
                fill(loaded.dossier());
                scansMissing.set(scansMissingText(loaded.scans()));
            }
        }, failure -> {
            if (mine == request) {
                error.set(DialogService.messageOf(failure));
            }
        });
    }

    private record Loaded(ProbationDossier dossier, List<PaperType> scans) {
    }

    /** The member's papers tab holds the scans; this names those the file lacks for the recognition. */
    static String scansMissingText(List<PaperType> scans) {
        return scans.isEmpty() ? "" : "Bản quét chưa có trong hồ sơ đảng viên: "
                + scans.stream().map(PaperType::name).collect(Collectors.joining("; ")) + ".";
    }

    /** Saves what is typed; a typing mistake names the document and changes nothing. */
    public void save(Consumer<String> onSaved) {
        error.set("");
        if (dossier == null) {
            return;
        }
        Optional<ProbationDossier> typed = typed();
        if (typed.isEmpty()) {
            return;
        }
        background.run(() -> probationService.save(typed.get()), saved -> {
            fill(saved);
            onSaved.accept(saved.missing().isEmpty() ? "Đã lưu hồ sơ dự bị: đã đủ."
                    : "Đã lưu hồ sơ dự bị, còn thiếu " + saved.missing().size() + " giấy tờ.");
        }, failure -> error.set(failure instanceof RecordRejected ? failure.getMessage()
                : DialogService.messageOf(failure)));
    }

    /** The documents still missing from the loaded dossier (none known before it is loaded). */
    public List<ProbationStep> missing() {
        return dossier == null ? List.of() : dossier.missing();
    }

    private Optional<ProbationDossier> typed() {
        List<ProbationDocument> documents = new ArrayList<>();
        for (ProbationDocumentRow row : rows) {
            if (row.blank()) {
                continue;
            }
            String label = row.step().label();
            String dateLabel = row.step().dateLabel().toLowerCase(Locale.ROOT);
            String text = row.dateProperty().get().strip();
            Optional<LocalDate> date = DateFormats.parse(text);
            if (date.isEmpty()) {
                error.set(label + ": " + (text.isEmpty() ? "thiếu " + dateLabel + " (dd/MM/yyyy)."
                        : dateLabel + " \"" + text + "\" không đúng dạng dd/MM/yyyy."));
                return Optional.empty();
            }
            if (date.get().isAfter(today.get())) {
                error.set(label + ": " + dateLabel + " " + DateFormats.format(date.get()) + " ở tương lai.");
                return Optional.empty();
            }
            documents.add(new ProbationDocument(row.step(), date.get(), row.numberProperty().get(), null));
        }
        try {
            return Optional.of(new ProbationDossier(dossier.memberId(), dossier.admittedOn(), documents));
        } catch (IllegalArgumentException refused) {
            error.set(refused.getMessage());
            return Optional.empty();
        }
    }

    private void fill(ProbationDossier found) {
        dossier = found;
        for (ProbationDocumentRow row : rows) {
            Optional<ProbationDocument> document = found.document(row.step());
            row.dateProperty().set(document.map(d -> DateFormats.format(d.date())).orElse(""));
            row.numberProperty().set(document.map(ProbationDocument::number).orElse(""));
        }
        missingText.set(found.missingText());
        loaded.set(true);
    }

    private void clear() {
        dossier = null;
        rows.forEach(row -> {
            row.dateProperty().set("");
            row.numberProperty().set("");
        });
        missingText.set("");
        scansMissing.set("");
        error.set("");
        loaded.set(false);
    }

    public List<ProbationDocumentRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty missingTextProperty() {
        return missingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scansMissingProperty() {
        return scansMissing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
