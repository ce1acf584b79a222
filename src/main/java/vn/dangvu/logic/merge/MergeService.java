package vn.dangvu.logic.merge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import vn.dangvu.logic.OutputLog;
import vn.dangvu.logic.backup.BackupResult;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Committee;
import vn.dangvu.model.merge.FormerUnit;
import vn.dangvu.model.merge.Handover;
import vn.dangvu.model.paper.Paper;

/**
 * Gộp dữ liệu đảng bộ cũ (DOMAIN.md §17, issue 17): a former unit's records come in, with their
 * history. One source at a time: open it, preview it, plan it with the clerk's choices until no
 * problem is left, then apply — a verified backup first, the source all or nothing in one
 * transaction with progress and cancel (the papers of members' files with it, their bytes copied
 * into this store first), one line in the change log, and the handover record
 * printed into the data folder's {@value #HANDOVER_FOLDER}. Call everything but {@link #plan} from
 * the task runner.
 */
public final class MergeService {

    /** Where each merge's biên bản tiếp nhận is kept, in the data folder. */
    public static final String HANDOVER_FOLDER = "bien-ban-tiep-nhan";

    private final Database database;
    private final BackupService backups;
    private final PaperService papers;
    private final Supplier<LocalDate> today;
    private final Path templates;

    /** @param templates where an office's own templates/ may be (the data folder), or null */
    public MergeService(Database database, BackupService backups, PaperService papers, Supplier<LocalDate> today,
                        Path templates) {
        this.database = database;
        this.backups = backups;
        this.papers = papers;
        this.today = today;
        this.templates = templates;
    }

    /**
     * Opens a former unit's file: an .xlsx/.xls workbook in the import format, or a Đảng Vụ backup .zip.
     * The caller closes it.
     *
     * @param password the backup's password when it has one, else null
     * @throws MergeRefused when it cannot be read, saying why
     */
    public MergeSource open(Path file, String password) {
        return MergeSource.open(file, password, backups.folder(), today.get());
    }

    /** Reads both sides once: the source's branches and people, and who is found in both. */
    public MergePreview preview(MergeSource source, FormerUnit unit) {
        return MergePreview.read(database, source, unit);
    }

    /** What the merge would do with these choices; no database work, any thread. */
    public MergePlan plan(MergePreview preview, MergeChoices choices) {
        return MergePlan.of(preview, choices);
    }

    /**
     * Writes a ready plan: a verified backup of the data first, then the whole source in one
     * transaction, then the handover record.
     *
     * @param cancelled looked at between steps; when it turns true everything of this source is rolled back
     * @throws MergeRefused   when problems remain or the data changed since the preview
     * @throws MergeCancelled when cancelled
     */
    public MergeResult apply(MergeSource source, MergePlan plan, String recordedBy, MergeProgress progress,
                             BooleanSupplier cancelled) {
        if (!plan.ready()) {
            throw new MergeRefused("Còn " + plan.problems().size() + " vấn đề chưa giải quyết; không có gì được ghi.");
        }
        Optional<BackupResult> backup = backups.onServer() ? Optional.empty() : Optional.of(backups.backupNow());
        List<Paper> sourcePapers = source.papers().map(store -> papers.copyContents(
                source.database().read(s -> s.papers().all()), store)).orElse(List.of());
        database.write(r -> source.database().read(s ->
                new MergeWriter(r, s, plan, sourcePapers, recordedBy, progress, cancelled).write()));
        LocalDate recordedOn = today.get();
        Committee committee = database.read(r -> r.committee().on(recordedOn)).orElse(null);
        Handover handover = HandoverDocument.of(plan, committee == null ? "Đảng bộ" : committee.name(), recordedOn,
                recordedBy);
        Path file = database.folder().resolve(HANDOVER_FOLDER).resolve(recordedOn + " " + plan.unit().name()
                .replaceAll("[\\\\/:*?\"<>|]", "-") + ".docx");
        writeHandover(handover, file);
        return new MergeResult(plan, backup, handover, file);
    }

    /** Prints a handover record (again) into a file. */
    public void writeHandover(Handover handover, Path file) {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Không tạo được thư mục " + file.getParent() + ": " + e.getMessage(), e);
        }
        Committee committee = database.read(r -> r.committee().on(handover.recordedOn())).orElse(null);
        HandoverDocument.write(handover, committee, templates, file);
        OutputLog.printed(database, "Biên bản tiếp nhận " + handover.unit(), file);
    }
}
