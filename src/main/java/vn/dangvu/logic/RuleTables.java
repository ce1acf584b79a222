package vn.dangvu.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import vn.dangvu.model.HolidayCalendar;
import vn.dangvu.model.WorkingDays;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.badge.BadgeRules;
import vn.dangvu.model.rating.RatingRegimes;

/**
 * The rule tables an office may edit (holidays, admission settings): the copy in the data
 * folder's {@code rules/} when there is one, else the one shipped with the application.
 */
public final class RuleTables {

    public static final String HOLIDAYS = "rules/holidays.csv";
    public static final String ADMISSION = "rules/admission.properties";
    public static final String BADGES = "rules/badges.properties";
    public static final String RATING_REGIMES = "rules/rating-regimes.csv";
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

    /** Huy hiệu Đảng rounds, milestones and early-award limits. */
    public static BadgeRules badgeRules(Path dataFolder) {
        Properties settings = properties(dataFolder, BADGES);
        String source = source(dataFolder, BADGES);
        BadgeRules standard = BadgeRules.STANDARD;
        try {
            List<MonthDay> rounds = new ArrayList<>();
            for (String day : list(settings.getProperty("rounds"))) {
                String[] parts = day.split("/");
                rounds.add(MonthDay.of(Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[0].strip())));
            }
            List<Integer> milestones = list(settings.getProperty("milestones")).stream().map(Integer::parseInt).toList();
            return new BadgeRules(rounds.isEmpty() ? standard.rounds() : rounds,
                    milestones.isEmpty() ? standard.milestones() : milestones,
                    number(settings, "illnessMonths", standard.illnessMonths()),
                    number(settings, "illnessMonthsFrom70", standard.illnessMonthsFrom70()),
                    number(settings, "posthumousMonths", standard.posthumousMonths()),
                    number(settings, "earlierYears", standard.earlierYears()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": " + (e.getMessage() == null ? "" : e.getMessage())
                    + " (ngày dạng 03/02, mốc và số tháng là số nguyên).", e);
        }
    }

    private static Properties properties(Path dataFolder, String name) {
        Properties settings = new Properties();
        try {
            settings.load(new StringReader(read(dataFolder, name)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return settings;
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static int number(Properties settings, String key, int fallback) {
        String value = settings.getProperty(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    /** The rating regimes by year (DOMAIN.md §9). @param dataFolder the data folder, or null */
    public static RatingRegimes ratingRegimes(Path dataFolder) {
        return RatingRegimes.parse(read(dataFolder, RATING_REGIMES).lines().toList(), source(dataFolder, RATING_REGIMES));
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
