package vn.dangvu.logic.admission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import vn.dangvu.logic.OutputLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Committee;
import vn.dangvu.model.admission.AdmissionReport;
import vn.dangvu.model.admission.AdmissionTarget;
import vn.dangvu.model.admission.AdmissionYear;
import vn.dangvu.model.admission.NewMemberProfile;

/** Admission targets and the reports on admissions: by year against targets, and Biểu 2. */
public final class AdmissionReportService {

    private final Database database;

    public AdmissionReportService(Database database) {
        this.database = database;
    }

    public List<AdmissionTarget> targets() {
        return database.read(r -> r.admissionTargets().all());
    }

    /** Sets the target of a year for the committee (branch null) or a branch, replacing any earlier one. */
    public void saveTarget(AdmissionTarget target) {
        database.write(r -> {
            if (target.branchId() != null && r.branches().find(target.branchId()).isEmpty()) {
                throw new RecordRejected("branch", "Chi bộ không tồn tại.");
            }
            r.admissionTargets().save(target);
            return null;
        });
    }

    /** The years from .. to, then the total line. */
    public List<AdmissionYear> byYear(int fromYear, int toYear, Long branchId) {
        return database.read(r -> {
            List<AdmissionYear> years = AdmissionReport.byYear(fromYear, toYear, branchId, r.admissionTargets().all(),
                    r.admissionReports().between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)));
            return java.util.stream.Stream.concat(years.stream(), java.util.stream.Stream.of(AdmissionReport.total(years)))
                    .toList();
        });
    }

    public NewMemberProfile newMembers(LocalDate from, LocalDate to) {
        return NewMemberProfile.of(database.read(r -> r.admissionReports().between(from, to)));
    }

    /**
     * Writes both tables to an Excel file for the higher committee; the file appears whole or
     * not at all (written beside it, then moved).
     */
    public void exportExcel(Path file, Committee committee, int fromYear, int toYear, String scopeName, Long branchId) {
        List<AdmissionYear> years = byYear(fromYear, toYear, branchId);
        NewMemberProfile profile = newMembers(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                new AdmissionWorkbook(committee, LocalDate.now()).write(out, fromYear, toYear, scopeName, years, profile);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            OutputLog.exported(database, "Báo cáo kết nạp đảng viên " + fromYear + "–" + toYear + " (" + scopeName + ")",
                    file);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is left; the message below says what failed
            }
            throw new IllegalStateException("Không ghi được tệp " + file + ": " + e.getMessage(), e);
        }
    }
}
