package vn.dangvu.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import vn.dangvu.model.AdmissionDeadlines;
import vn.dangvu.model.HolidayCalendar;
import vn.dangvu.model.WorkingDays;

/**
 * The rule tables an office may edit (holidays, admission settings): the copy in the data
 * folder's {@code rules/} when there is one, else the one shipped with the application.
 */
public final class RuleTables {

    public static final String HOLIDAYS = "rules/holidays.csv";
    public static final String ADMISSION = "rules/admission.properties";
    public static final String FEES = "rules/dang-phi.csv";

    private RuleTables() {
    }

    /** @param dataFolder the data folder, or null for the shipped tables only */
    public static AdmissionDeadlines admissionDeadlines(Path dataFolder) {
        HolidayCalendar holidays = HolidayCalendar.parse(read(dataFolder, HOLIDAYS), source(dataFolder, HOLIDAYS));
        Properties settings = new Properties();
        try {
            settings.load(new StringReader(read(dataFolder, ADMISSION)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String years = settings.getProperty("certificateValidYears",
                String.valueOf(AdmissionDeadlines.DEFAULT_CERTIFICATE_VALID_YEARS)).strip();
        try {
            return new AdmissionDeadlines(new WorkingDays(holidays), Integer.parseInt(years));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source(dataFolder, ADMISSION) + ": certificateValidYears phải là số năm, không phải \""
                    + years + "\".", e);
        }
    }

    /** Đảng phí by period (DOMAIN.md §12). @param dataFolder the data folder, or null for the shipped table */
    public static vn.dangvu.model.fee.FeeRules feeRules(Path dataFolder) {
        return vn.dangvu.model.fee.FeeRules.parse(read(dataFolder, FEES).lines().toList(), source(dataFolder, FEES));
    }

    private static String read(Path dataFolder, String name) {
        Path own = dataFolder == null ? null : dataFolder.resolve(name);
        try {
            if (own != null && Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream shipped = RuleTables.class.getResourceAsStream("/" + name)) {
                if (shipped == null) {
                    throw new IllegalStateException("Thiếu bảng " + name + " trong phần mềm.");
                }
                return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được " + (own != null ? own : name) + ": " + e.getMessage(), e);
        }
    }

    private static String source(Path dataFolder, String name) {
        Path own = dataFolder == null ? null : dataFolder.resolve(name);
        return own != null && Files.isRegularFile(own) ? own.toString() : name;
    }
}
