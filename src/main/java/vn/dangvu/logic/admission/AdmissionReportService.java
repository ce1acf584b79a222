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

/** Admission targets and the report on admissions by year against them (Biểu 2 is a statistics table). */
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

    /**
     * Writes the table to an Excel file for the higher committee; the file appears whole or not
     * at all (written beside it, then moved). Biểu 2 is in the statistics workbook.
     */
    public void exportExcel(Path file, Committee committee, int fromYear, int toYear, String scopeName, Long branchId) {
        List<AdmissionYear> years = byYear(fromYear, toYear, branchId);
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                new AdmissionWorkbook(committee, LocalDate.now()).write(out, fromYear, toYear, scopeName, years);
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
