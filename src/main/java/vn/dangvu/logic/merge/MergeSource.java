package vn.dangvu.logic.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dangvu.logic.backup.BackupCopy;
import vn.dangvu.logic.backup.BackupFailed;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProblem;
import vn.dangvu.logic.importing.ImportProgress;
import vn.dangvu.logic.importing.ImportRejected;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.paper.PaperBackup;
import vn.dangvu.logic.paper.PaperStore;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.DataFileUnreadableException;
import vn.dangvu.logic.persistence.NewerVersionException;
import vn.dangvu.logic.persistence.WrongPasswordException;
import vn.dangvu.model.Committee;

/**
 * A former unit's records opened as a database of their own, in a scratch folder under the data
 * folder's backup folder (personal data stays where the clerk's data is): a Đảng Vụ backup .zip of
 * another data folder as it is, or a workbook in the import format imported into an empty one by
 * the importer's own rules. Either way the merge then reads one kind of source. Closing it deletes
 * the scratch folder.
 */
public final class MergeSource implements AutoCloseable {

    private final String fileName;
    private final Database database;
    private final AutoCloseable owner;
    /** Where a backup's papers are read from; none for a workbook. */
    private final PaperStore papers;

    private MergeSource(String fileName, Database database, AutoCloseable owner, PaperStore papers) {
        this.fileName = fileName;
        this.database = database;
        this.owner = owner;
        this.papers = papers;
    }

    /**
     * @param password the backup's password when it is encrypted, else null
     * @throws MergeRefused when the file cannot be read as a source, saying why
     */
    static MergeSource open(Path file, String password, Path scratchParent, LocalDate today) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new MergeRefused("Không có tệp " + file + ".");
        }
        if (lower.endsWith(".zip")) {
            return backup(file, name, password, scratchParent);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return workbook(file, name, scratchParent, today);
        }
        throw new MergeRefused("Tệp " + name + " không phải bảng tính Excel (.xlsx, .xls) theo mẫu nhập đảng viên"
                + " hay bản sao lưu Đảng Vụ (.zip).");
    }

    private static MergeSource backup(Path file, String name, String password, Path scratchParent) {
        try {
            BackupCopy copy = BackupService.openCopy(file, scratchParent, password);
            return new MergeSource(name, copy.database(), copy, PaperBackup.storeOf(file, password));
        } catch (WrongPasswordException e) {
            throw MergeRefused.password("Bản sao lưu " + name + (password == null || password.isEmpty()
                    ? " đã được đặt mật khẩu: hãy nhập mật khẩu của nó." : ": mật khẩu không đúng."), e);
        } catch (NewerVersionException e) {
            throw new MergeRefused("Bản sao lưu " + name + " do phiên bản Đảng Vụ mới hơn tạo ra: " + e.getMessage(),
                    java.util.List.of(), e);
        } catch (BackupFailed | DataFileUnreadableException e) {
            throw new MergeRefused("Tệp " + name + " bị hỏng hoặc không phải bản sao lưu Đảng Vụ: " + e.getMessage(),
                    java.util.List.of(), e);
        }
    }

    /** The workbook imported into an empty database by the importer: all of it or, with any error, nothing. */
    private static MergeSource workbook(Path file, String name, Path scratchParent, LocalDate today) {
        Path scratch = scratch(scratchParent);
        Database database = Database.open(scratch);
        MergeSource source = new MergeSource(name, database, () -> {
            database.close();
            deleteTree(scratch);
        }, null);
        try {
            MemberImportService importer = new MemberImportService(database, () -> today);
            ImportPlan plan = importer.preview(file);
            if (plan.hasErrors()) {
                throw new MergeRefused("Bảng tính " + name + " có " + plan.errors().size() + " lỗi; hãy sửa trong Excel"
                        + " rồi làm lại.", plan.errors().stream().map(ImportProblem::format).toList(), null);
            }
            importer.apply(plan, "", ImportProgress.NONE, () -> false);
            return source;
        } catch (ImportRejected e) {
            source.close();
            throw new MergeRefused(e.getMessage(), java.util.List.of(), e);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    public String fileName() {
        return fileName;
    }

    Database database() {
        return database;
    }

    /** The source's papers of members' files with their bytes read from the backup; none from a workbook. */
    Optional<PaperStore> papers() {
        return Optional.ofNullable(papers);
    }

    /** The committee the source's own data names, to propose as the former unit's name (a backup's). */
    public java.util.Optional<Committee> committee() {
        return database.read(r -> r.committee().find());
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            throw new IllegalStateException("Không dọn được thư mục tạm của nguồn gộp: " + e.getMessage(), e);
        }
    }

    private static Path scratch(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, ".gop-");
        } catch (IOException e) {
            throw new MergeRefused("Không tạo được thư mục tạm để đọc nguồn gộp: " + e.getMessage(), java.util.List.of(), e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover scratch folder is harmless; it holds a copy the clerk can delete
        }
    }
}
