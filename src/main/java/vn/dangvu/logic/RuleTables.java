package vn.dangvu.logic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.HolidayCalendar;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.VietnameseText;
import vn.dangvu.model.WorkingDays;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.badge.BadgeRules;
import vn.dangvu.model.badge.DisciplineWait;
import vn.dangvu.model.fee.FeeRules;
import vn.dangvu.model.meeting.AtRiskMonths;
import vn.dangvu.model.meeting.MeetingLengthRules;
import vn.dangvu.model.meeting.MinimumLengthRule;
import vn.dangvu.model.paper.PaperLimits;
import vn.dangvu.model.paper.PaperNeed;
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.model.paper.PaperTypes;
import vn.dangvu.model.rating.RatingRegime;
import vn.dangvu.model.rating.RatingRegimes;
import vn.dangvu.model.stats.TransferScopeRule;

/**
 * The rule tables an office may edit, every one found the same way: the copy in the data folder's
 * {@code rules/} when there is one, else the one shipped with the application (resources/README.md).
 * Files are read as UTF-8; CSV tables by {@link RuleTable}, settings by {@link RuleSettings}.
 */
public final class RuleTables {

    public static final String HOLIDAYS = "rules/holidays.csv";
    public static final String ADMISSION = "rules/admission.properties";
    public static final String BADGES = "rules/badges.properties";
    public static final String RATING_REGIMES = "rules/rating-regimes.csv";
    public static final String FEES = "rules/dang-phi.csv";
    public static final String MEETING_LENGTH = "rules/meeting-minimum-length.csv";
    public static final String REMOVAL = "rules/removal.properties";
    public static final String TRANSFER_SCOPES = "rules/transfer-scopes.csv";
    public static final String PAPER_TYPES = "rules/ho-so-dang-vien.csv";
    public static final String PAPER_LIMITS = "rules/ho-so.properties";

    private RuleTables() {
    }

    /** @param dataFolder the data folder, or null for the shipped tables only */
    public static AdmissionDeadlines admissionDeadlines(Path dataFolder) {
        WorkingDays workingDays = new WorkingDays(holidays(dataFolder));
        RuleSettings settings = settings(dataFolder, ADMISSION);
        int years = settings.whole("certificateValidYears", AdmissionDeadlines.DEFAULT_CERTIFICATE_VALID_YEARS);
        return settings.check(() -> new AdmissionDeadlines(workingDays, years));
    }

    /** Public holidays, for working-day deadlines (DOMAIN.md appendix C). */
    public static HolidayCalendar holidays(Path dataFolder) {
        Map<LocalDate, String> days = new HashMap<>();
        for (RuleTable.Row row : csv(dataFolder, HOLIDAYS, "date", "name").rows()) {
            days.put(row.date("date"), row.text("name"));
        }
        return HolidayCalendar.of(days);
    }

    /** Huy hiệu Đảng rounds, milestones and early-award limits. */
    public static BadgeRules badgeRules(Path dataFolder) {
        RuleSettings settings = settings(dataFolder, BADGES);
        BadgeRules standard = BadgeRules.STANDARD;
        List<MonthDay> rounds = settings.list("rounds", RuleTables::dayAndMonth);
        List<Integer> milestones = settings.list("milestones", NumberFormats::parseWhole);
        int illness = settings.whole("illnessMonths", standard.illnessMonths());
        int illnessFrom70 = settings.whole("illnessMonthsFrom70", standard.illnessMonthsFrom70());
        int posthumous = settings.whole("posthumousMonths", standard.posthumousMonths());
        int earlier = settings.whole("earlierYears", standard.earlierYears());
        DisciplineWait.Start waitFrom = settings.value("disciplineWaitFrom", text -> disciplineWaitStart(text,
                standard.disciplineWaitFrom()));
        return settings.check(() -> new BadgeRules(rounds.isEmpty() ? standard.rounds() : rounds,
                milestones.isEmpty() ? standard.milestones() : milestones, illness, illnessFrom70, posthumous, earlier,
                waitFrom));
    }

    /** "quyet-dinh" (the decision date) or "het-hieu-luc" (when the discipline lapses). */
    private static DisciplineWait.Start disciplineWaitStart(String text, DisciplineWait.Start fallback) {
        return switch (text) {
            case "" -> fallback;
            case "quyet-dinh" -> DisciplineWait.Start.DECISION;
            case "het-hieu-luc" -> DisciplineWait.Start.LAPSE;
            default -> throw new IllegalArgumentException("\"" + text
                    + "\" không hợp lệ; viết quyet-dinh (tính từ ngày quyết định kỷ luật) hoặc het-hieu-luc"
                    + " (tính từ khi kỷ luật hết hiệu lực).");
        };
    }

    /** The rating regimes by year (DOMAIN.md §9). @param dataFolder the data folder, or null */
    public static RatingRegimes ratingRegimes(Path dataFolder) {
        RuleTable table = csv(dataFolder, RATING_REGIMES, "from_year", "member_grades", "organisation_grades",
                "score_minimums", "excellent_quota_percent", "branch_excellent_condition", "basis");
        List<RatingRegime> regimes = new ArrayList<>();
        for (RuleTable.Row row : table.rows()) {
            int from = row.whole("from_year");
            List<String> members = row.value("member_grades", RatingRegimes::labels);
            List<String> organisations = row.value("organisation_grades", RatingRegimes::labels);
            List<Integer> scores = row.value("score_minimums", RatingRegimes::numbers);
            Integer quota = row.wholeOrNull("excellent_quota_percent");
            List<Integer> branch = row.value("branch_excellent_condition", RatingRegimes::branchCondition);
            regimes.add(row.check(() -> new RatingRegime(from, members, organisations, scores, quota,
                    branch.isEmpty() ? null : branch.get(0), branch.isEmpty() ? null : branch.get(1), row.text("basis"))));
        }
        return table.check(() -> new RatingRegimes(regimes));
    }

    /** Đảng phí by period (DOMAIN.md §12). @param dataFolder the data folder, or null for the shipped table */
    public static FeeRules feeRules(Path dataFolder) {
        RuleTable table = csv(dataFolder, FEES, "valid_from", "item", "value", "basis");
        FeeRules.Builder rules = new FeeRules.Builder();
        for (RuleTable.Row row : table.rows()) {
            LocalDate from = row.date("valid_from");
            String item = row.value("item", FeeRules::item);
            row.value("value", value -> rules.add(from, item, value, row.text("basis")));
        }
        return table.check(rules::build);
    }

    /** The minimum length of a meeting by date (DOMAIN.md §10). @param dataFolder the data folder, or null */
    public static MeetingLengthRules meetingLengthRules(Path dataFolder) {
        List<MinimumLengthRule> rules = new ArrayList<>();
        for (RuleTable.Row row : csv(dataFolder, MEETING_LENGTH, "valid_from", "single_minutes", "combined_minutes",
                "basis").rows()) {
            LocalDate from = row.date("valid_from");
            int single = row.whole("single_minutes");
            int combined = row.whole("combined_minutes");
            rules.add(row.check(() -> new MinimumLengthRule(from, single, combined, row.text("basis"))));
        }
        return new MeetingLengthRules(rules);
    }

    /** From how many months without activity or fees a member is listed as approaching xóa tên (DOMAIN.md §8). */
    public static AtRiskMonths atRiskMonths(Path dataFolder) {
        RuleSettings settings = settings(dataFolder, REMOVAL);
        int warnFrom = settings.whole("warnFromMonths", AtRiskMonths.STANDARD.warnFrom());
        return settings.check(() -> new AtRiskMonths(warnFrom));
    }

    /** The transfer scopes Biểu 1 distinguishes by date (DOMAIN.md §17). @param dataFolder the data folder, or null */
    public static List<TransferScopeRule> transferScopeRules(Path dataFolder) {
        List<TransferScopeRule> rules = new ArrayList<>();
        for (RuleTable.Row row : csv(dataFolder, TRANSFER_SCOPES, "valid_from", "other_district", "basis").rows()) {
            LocalDate from = row.date("valid_from");
            boolean districts = row.value("other_district", RuleTables::yesOrNo);
            rules.add(row.check(() -> new TransferScopeRule(from, districts, row.text("basis"))));
        }
        return rules;
    }

    /** "có" / "co" / "không" / "khong", any case. */
    private static boolean yesOrNo(String text) {
        return switch (VietnameseText.fold(text)) {
            case "co" -> true;
            case "khong" -> false;
            default -> throw new IllegalArgumentException("\"" + text + "\" phải là \"có\" hoặc \"không\".");
        };
    }

    /** The papers of a member's file, in the order of the file (DOMAIN.md §16). @param dataFolder the data folder, or null */
    public static PaperTypes paperTypes(Path dataFolder) {
        RuleTable table = csv(dataFolder, PAPER_TYPES, "code", "need", "name");
        List<PaperType> types = new ArrayList<>();
        for (RuleTable.Row row : table.rows()) {
            PaperNeed need = row.value("need", PaperNeed::ofCode);
            types.add(row.check(() -> new PaperType(row.text("code"), row.text("name"), need)));
        }
        return table.check(() -> new PaperTypes(types));
    }

    /** How large a scan may be. @param dataFolder the data folder, or null */
    public static PaperLimits paperLimits(Path dataFolder) {
        RuleSettings settings = settings(dataFolder, PAPER_LIMITS);
        int megabytes = settings.whole("maxMegabytes", PaperLimits.DEFAULT_MEGABYTES);
        return settings.check(() -> PaperLimits.ofMegabytes(megabytes));
    }

    private static RuleTable csv(Path dataFolder, String name, String... columns) {
        return RuleTable.parse(read(dataFolder, name), source(dataFolder, name), columns);
    }

    private static RuleSettings settings(Path dataFolder, String name) {
        return RuleSettings.parse(read(dataFolder, name), source(dataFolder, name));
    }

    /** "03/02" → 3 February. */
    private static MonthDay dayAndMonth(String text) {
        String[] parts = text.split("/");
        try {
            return MonthDay.of(Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[0].strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ngày \"" + text + "\" không hợp lệ (viết ngày/tháng, ví dụ 03/02).");
        }
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
