package vn.dangvu.logic.admission;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dangvu.logic.OutputLog;
import vn.dangvu.logic.export.WordTemplate;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.due.DueService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.due.DueKind;
import vn.dangvu.model.probation.ProbationDossier;

/**
 * The admission documents printed from editable Word templates (resources/templates, or the
 * data folder's templates/ when the office has its own): the list of candidates sent to the
 * class, the admission decision draft, the probation-end reminder list.
 */
public final class AdmissionDocuments {

    public static final String CLASS_LIST = "templates/danh-sach-lop-boi-duong.docx";
    public static final String DECISION = "templates/quyet-dinh-ket-nap.docx";
    public static final String REMINDERS = "templates/nhac-het-du-bi.docx";
    private static final Map<String, String> TITLES = Map.of(
            CLASS_LIST, "Danh sách đề nghị dự lớp bồi dưỡng nhận thức về Đảng",
            DECISION, "Dự thảo quyết định kết nạp đảng viên",
            REMINDERS, "Danh sách đảng viên dự bị đến hạn xét công nhận chính thức");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Database database;
    private final DueService due;
    private final Path dataFolder;

    /** @param dataFolder where an office's own templates/ may be, or null */
    public AdmissionDocuments(Database database, DueService due, Path dataFolder) {
        this.database = database;
        this.due = due;
        this.dataFolder = dataFolder;
    }

    /** Danh sách quần chúng ưu tú đề nghị tham dự lớp bồi dưỡng nhận thức về Đảng. */
    public void classList(List<Long> candidateIds, Path file, LocalDate made) {
        Loaded loaded = load(made);
        List<Candidate> chosen = loaded.candidates().stream().filter(c -> candidateIds.contains(c.id()))
                .sorted(java.util.Comparator.comparing((Candidate c) -> c.person().name(), NameOrder.comparator()))
                .toList();
        if (chosen.isEmpty()) {
            throw new RecordRejected(null, "Chưa chọn quần chúng nào cho danh sách.");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Candidate c : chosen) {
            Member p = c.person();
            Map<String, Object> row = new HashMap<>();
            row.put("number", String.valueOf(rows.size() + 1));
            row.put("name", p.name().full());
            row.put("birthDate", DateFormats.format(p.birthDate()));
            row.put("sex", p.sex().label());
            row.put("ethnicity", p.ethnicity());
            row.put("education", join(p.profile().generalEducation(), p.profile().professionalLevel()));
            row.put("work", join(p.profile().occupation(), c.workplace()));
            row.put("branch", loaded.branchName(c.branchId()));
            row.put("note", c.readmission() ? "Kết nạp lại" : "");
            rows.add(row);
        }
        Map<String, Object> data = header(loaded.committee(), made);
        data.put("scope", "Kèm theo đề nghị của " + loaded.committee().name());
        data.put("rows", rows);
        data.put("count", String.valueOf(rows.size()));
        render(CLASS_LIST, data, file);
    }

    /** Dự thảo quyết định kết nạp đảng viên, filled from the candidate's dossier. */
    public void decisionDraft(long candidateId, Path file, LocalDate made) {
        Loaded loaded = load(made);
        Candidate c = loaded.candidates().stream().filter(x -> x.id() == candidateId).findFirst()
                .orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ quần chúng."));
        Member p = c.person();
        Map<String, Object> data = header(loaded.committee(), made);
        CandidateStep decision = c.step(AdmissionStep.DECISION).orElse(null);
        String issuingBody = decision != null && decision.issuingBody() != null ? decision.issuingBody()
                : "Ban Thường vụ " + loaded.committee().name();
        data.put("decisionNumber", decision != null && decision.number() != null ? decision.number() : "……-QĐ/……");
        data.put("issuingBodyUpper", issuingBody.toUpperCase(VIETNAMESE));
        String branch = loaded.branchName(c.branchId());
        data.put("branch", branch);
        data.put("branchShort", branch.replaceFirst("(?i)^chi bộ\\s+", ""));
        data.put("branchResolutionNumber", number(c, AdmissionStep.BRANCH_RESOLUTION));
        data.put("branchResolutionDate", date(c, AdmissionStep.BRANCH_RESOLUTION));
        data.put("committeeResolutionNumber", number(c, AdmissionStep.COMMITTEE_RESOLUTION));
        data.put("committeeResolutionDate", date(c, AdmissionStep.COMMITTEE_RESOLUTION));
        data.put("name", p.name().full());
        data.put("birthDate", DateFormats.format(p.birthDate()));
        data.put("homeTown", blank(p.profile().homeTown()));
        data.put("address", blank(p.profile().permanentAddress()));
        data.put("work", blank(join(p.profile().occupation(), c.workplace())));
        data.put("madeOn", DateFormats.format(made));
        render(DECISION, data, file);
    }

    /** Danh sách đảng viên dự bị đến hạn xét công nhận chính thức on a day. */
    public void probationReminders(LocalDate asOf, Path file) {
        List<DueItem> items = due.dueOn(asOf);
        Map<Long, List<DueItem>> byMember = new LinkedHashMap<>();
        items.stream().filter(i -> i.kind().aboutProbation())
                .forEach(i -> byMember.computeIfAbsent(i.memberId(), id -> new ArrayList<>()).add(i));
        Loaded loaded = load(asOf);
        Map<Long, RegisterEntry> people = new HashMap<>();
        database.read(r -> r.people().of(byMember.keySet())).forEach(e -> people.put(e.id(), e));
        Map<Long, LocalDate> admissions = new HashMap<>();
        people.values().forEach(p -> admissions.put(p.id(), p.history().admissionDateOn(asOf).orElseThrow()));
        Map<Long, ProbationDossier> dossiers = database.read(r -> r.probations().dossiers(admissions));
        List<Map<String, Object>> rows = new ArrayList<>();
        int overdue = 0;
        for (Map.Entry<Long, List<DueItem>> member : byMember.entrySet()) {
            DueItem first = member.getValue().get(0);
            LocalDate ends = AdmissionDeadlines.probationEnds(admissions.get(member.getKey()));
            DueItem recognition = find(member.getValue(), DueKind.RECOGNITION_DUE);
            DueItem decision = find(member.getValue(), DueKind.RECOGNITION_DECISION_DUE);
            boolean late = recognition != null && recognition.overdue() || decision != null && decision.overdue();
            overdue += late ? 1 : 0;
            Map<String, Object> row = new HashMap<>();
            row.put("number", String.valueOf(rows.size() + 1));
            row.put("name", first.person().full());
            row.put("branch", first.branch());
            row.put("admitted", DateFormats.format(admissions.get(member.getKey())));
            row.put("probationEnds", DateFormats.format(ends));
            row.put("recognitionDue", recognition == null ? DateFormats.format(due.deadlines().recognitionDue(ends))
                    : DateFormats.format(recognition.dueDate())
                    + (recognition.caveat() == null ? "" : " (" + recognition.caveat() + ")"));
            int missing = dossiers.get(member.getKey()).missing().size();
            row.put("state", state(recognition, decision) + (missing == 0 ? "; hồ sơ đủ" : "; hồ sơ thiếu " + missing
                    + " giấy tờ"));
            rows.add(row);
        }
        Map<String, Object> data = header(loaded.committee(), asOf);
        data.put("asOf", DateFormats.format(asOf));
        data.put("rows", rows);
        data.put("count", String.valueOf(rows.size()));
        data.put("overdue", String.valueOf(overdue));
        render(REMINDERS, data, file);
    }

    /** Where the probation stands: the branch has proposed (the committee's decision is due), or not yet. */
    private static String state(DueItem recognition, DueItem decision) {
        if (decision != null) {
            return (decision.overdue() ? "Quá hạn ra quyết định" : "Chi bộ đã đề nghị, hạn ra quyết định")
                    + " " + DateFormats.format(decision.dueDate());
        }
        return recognition == null ? "Sắp hết dự bị" : recognition.overdue() ? "Quá hạn xét" : "Đến hạn xét";
    }

    private static DueItem find(List<DueItem> items, DueKind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst().orElse(null);
    }

    private record Loaded(Committee committee, List<Candidate> candidates, Map<Long, String> branches) {
        String branchName(long id) {
            return branches.getOrDefault(id, "");
        }
    }

    /** @param made the document's date: the committee as it was named then (DOMAIN.md §17) */
    private Loaded load(LocalDate made) {
        return database.read(r -> {
            Committee committee = r.committee().on(made)
                    .orElseThrow(() -> new RecordRejected(null, "Chưa thiết lập thông tin Đảng bộ."));
            Map<Long, String> names = new HashMap<>();
            for (Branch b : r.branches().all()) {
                names.put(b.id(), b.name());
            }
            return new Loaded(committee, r.candidates().all(), names);
        });
    }

    /** The header block: issuing body left, the place and date line right (DOMAIN.md §15). */
    private static Map<String, Object> header(Committee committee, LocalDate date) {
        Map<String, Object> data = new HashMap<>();
        data.put("superior", committee.superiorName() == null ? "" : committee.superiorName().toUpperCase(VIETNAMESE));
        data.put("committee", committee.name().toUpperCase(VIETNAMESE));
        data.put("committeeName", committee.name());
        data.put("placeDate", committee.placeName() + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue()
                + " năm " + date.getYear());
        return data;
    }

    private static String number(Candidate c, AdmissionStep step) {
        return c.step(step).map(CandidateStep::number).filter(n -> n != null).orElse("……");
    }

    private static String date(Candidate c, AdmissionStep step) {
        return c.step(step).map(s -> DateFormats.format(s.date())).orElse("……");
    }

    private static String join(String first, String second) {
        return String.join(", ", java.util.stream.Stream.of(first, second).filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? "……" : value;
    }

    /** Fills the template and writes the document whole or not at all. */
    private void render(String template, Map<String, Object> data, Path file) {
        WordTemplate.render(dataFolder, template, data, Set.of("rows"), file);
        OutputLog.printed(database, TITLES.get(template), file);
    }
}
