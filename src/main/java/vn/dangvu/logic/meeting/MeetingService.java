package vn.dangvu.logic.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.export.PdfConverter;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.MeetingRepository.Mark;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.VietnameseText;
import vn.dangvu.model.meeting.AtRiskMember;
import vn.dangvu.model.meeting.AtRiskMonths;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.AttendanceTally;
import vn.dangvu.model.meeting.BranchAttendance;
import vn.dangvu.model.meeting.HeldVersusDue;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingCalendar;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.meeting.MeetingLengthRules;
import vn.dangvu.model.meeting.MeetingSummary;
import vn.dangvu.model.meeting.MemberAttendance;
import vn.dangvu.model.meeting.Minutes;
import vn.dangvu.model.meeting.Roster;
import vn.dangvu.model.meeting.RosterLine;

/**
 * Branch meetings (sinh hoạt chi bộ): recording the minutes with attendance, the calendar of a
 * branch's year, printing biên bản, and the attendance reports. Call from the task runner.
 */
public final class MeetingService {

    /** Absent without reason in this many months of a year puts a member on the "at risk" list (QĐ24 8.1). */

    private final Database database;
    private final MeetingLengthRules lengthRules;
    private final AtRiskMonths atRiskRule;
    private final MinutesPrinter printer = new MinutesPrinter();

    /** @param lengthRules the office's table of minimum lengths ({@code RuleTables.meetingLengthRules}) */
    public MeetingService(Database database, MeetingLengthRules lengthRules, AtRiskMonths atRiskRule) {
        this.database = database;
        this.lengthRules = lengthRules;
        this.atRiskRule = atRiskRule;
    }

    public AtRiskMonths atRiskRule() {
        return atRiskRule;
    }

    public MeetingLengthRules lengthRules() {
        return lengthRules;
    }

    public List<Branch> branches() {
        return database.read(r -> r.branches().all());
    }

    /**
     * The branch named so, ignoring case and diacritics, with or without the words "Chi bộ":
     * "thon na pan" finds "Chi bộ thôn Nà Pàn".
     */
    public Branch findBranch(String name) {
        String wanted = withoutPrefix(VietnameseText.fold(name));
        List<Branch> all = branches();
        List<Branch> found = all.stream().filter(b -> withoutPrefix(VietnameseText.fold(b.name())).equals(wanted))
                .toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new RecordRejected("branch", "Không có chi bộ \"" + name.strip() + "\". Các chi bộ đang hoạt động: "
                    + all.stream().filter(b -> b.dissolvedOn() == null).map(Branch::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
        throw new RecordRejected("branch", "Có nhiều chi bộ cùng tên \"" + name.strip() + "\": "
                + found.stream().map(Branch::name).collect(Collectors.joining(", ")) + ". Hãy ghi đúng dấu.");
    }

    private static String withoutPrefix(String folded) {
        return folded.startsWith("chi bo ") ? folded.substring("chi bo ".length()) : folded;
    }

    /** Everyone who ever belonged to (or was hosted by) the branch, with their histories: two queries. */
    public List<RegisterEntry> branchPeople(long branchId) {
        return database.read(r -> r.register().loadNamingBranch(branchId));
    }

    /** The branch's calendar, meetings and attendance for a year. */
    public MeetingYear year(long branchId, int year, LocalDate today) {
        return database.read(r -> {
            Branch branch = branch(r, branchId);
            List<MeetingSummary> meetings = r.meetings().summaries(branchId, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
            AttendanceTally tally = meetings.stream()
                    .map(s -> new AttendanceTally(s.present(), s.marked() - s.present() - s.unexcused(), s.unexcused()))
                    .reduce(AttendanceTally.NONE, AttendanceTally::plus);
            return new MeetingYear(MeetingCalendar.of(branch, year, meetings, today, lengthRules), meetings, tally);
        });
    }

    public Meeting load(long meetingId) {
        return database.read(r -> r.meetings().find(meetingId)
                .orElseThrow(() -> new RecordRejected(null, "Biên bản này không còn trong dữ liệu.")));
    }

    /**
     * Records a new meeting or replaces a recorded one, after checking it against the register:
     * the branch existed that day, one regular meeting a month, every person required to attend
     * is marked and nobody else, an excused absence has its reason, the vote fits the room.
     */
    public Meeting save(Meeting meeting, String recordedBy) {
        return database.write(r -> {
            Branch branch = branch(r, meeting.branchId());
            if (!branch.activeOn(meeting.date())) {
                throw new RecordRejected("date", branch.name() + " không hoạt động ngày "
                        + DateFormats.format(meeting.date()) + ".");
            }
            checkOneRegularMeeting(r, meeting);
            Roster roster = Roster.of(branch.id(), meeting.date(), r.register().loadNamingBranch(branch.id()));
            checkAttendance(roster, meeting);
            RecordLog.saved(r, null, (meeting.id() == null ? "Ghi" : "Sửa") + " biên bản " + meeting.kind().label()
                    .toLowerCase(java.util.Locale.ROOT) + " ngày " + DateFormats.format(meeting.date()) + " của "
                    + branch.name());
            return meeting.id() == null ? r.meetings().insert(meeting, recordedBy) : r.meetings().update(meeting);
        });
    }

    public void delete(long meetingId) {
        database.write(r -> {
            r.meetings().find(meetingId).ifPresent(meeting -> RecordLog.saved(r, null, "Xóa biên bản "
                    + meeting.kind().label().toLowerCase(java.util.Locale.ROOT) + " ngày "
                    + DateFormats.format(meeting.date()) + " của " + branch(r, meeting.branchId()).name()));
            r.meetings().delete(meetingId);
            return null;
        });
    }

    private static void checkOneRegularMeeting(Repositories r, Meeting meeting) {
        if (!meeting.kind().regular()) {
            return;
        }
        YearMonth month = meeting.month();
        r.meetings().summaries(meeting.branchId(), month.atDay(1), month.atEndOfMonth()).stream()
                .filter(s -> s.kind().regular() && !Long.valueOf(s.id()).equals(meeting.id()))
                .findFirst().ifPresent(other -> {
                    throw new RecordRejected("kind", "Tháng " + month.getMonthValue() + "/" + month.getYear()
                            + " đã có biên bản sinh hoạt thường kỳ ngày " + DateFormats.format(other.date())
                            + ". Hãy mở biên bản đó để sửa.");
                });
    }

    private static void checkAttendance(Roster roster, Meeting meeting) {
        Map<Long, RosterLine> required = new LinkedHashMap<>();
        roster.required().forEach(line -> required.put(line.memberId(), line));
        Set<Long> marked = meeting.attendance().stream().map(Attendance::memberId).collect(Collectors.toSet());
        for (Attendance a : meeting.attendance()) {
            RosterLine line = required.get(a.memberId());
            if (line == null) {
                throw new RecordRejected("attendance", "Người được điểm danh (mã " + a.memberId()
                        + ") không phải dự sinh hoạt chi bộ ngày " + DateFormats.format(meeting.date())
                        + " theo sổ đảng viên.");
            }
            if (a.mark() == AttendanceMark.ABSENT_EXCUSED && a.reason() == null) {
                throw new RecordRejected("attendance", "Chưa ghi lý do vắng của đồng chí " + line.name().full() + ".");
            }
        }
        List<String> missing = required.values().stream().filter(l -> !marked.contains(l.memberId()))
                .map(l -> l.name().full()).toList();
        if (!missing.isEmpty()) {
            throw new RecordRejected("attendance", "Chưa điểm danh " + missing.size() + " đồng chí: "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? "…" : "") + ".");
        }
        long present = meeting.attendance().stream().filter(a -> a.mark() == AttendanceMark.PRESENT).count();
        if (meeting.vote() != null && meeting.vote().total() > present) {
            throw new RecordRejected("votesAgree", "Tổng số biểu quyết " + meeting.vote().total()
                    + " nhiều hơn số đảng viên có mặt " + present + ".");
        }
    }

    // ------------------------------------------------------------------ printing

    /**
     * The recorded meeting of a month: the regular (or combined) one, or with {@code thematic} the
     * thematic one.
     */
    public Optional<Meeting> meetingOfMonth(long branchId, YearMonth month, boolean thematic) {
        return database.read(r -> r.meetings().summaries(branchId, month.atDay(1), month.atEndOfMonth()).stream()
                .filter(s -> thematic ? s.kind() == MeetingKind.THEMATIC : s.kind().regular())
                .findFirst()
                .flatMap(s -> r.meetings().find(s.id())));
    }

    /** A blank form for the month: the list and the register counts as of today, kept inside the month. */
    public Minutes blankMinutes(long branchId, YearMonth month, boolean thematic, LocalDate today) {
        LocalDate day = today.isBefore(month.atDay(1)) ? month.atDay(1)
                : today.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : today;
        return database.read(r -> {
            Roster roster = Roster.of(branchId, day, r.register().loadNamingBranch(branchId));
            return Minutes.blank(committee(r, day), r.branches().nameOn(branchId, day),
                    thematic ? MeetingKind.THEMATIC : MeetingKind.REGULAR, month, roster);
        });
    }

    public Minutes minutesOf(Meeting meeting) {
        return database.read(r -> {
            Roster roster = Roster.of(meeting.branchId(), meeting.date(),
                    r.register().loadNamingBranch(meeting.branchId()));
            return Minutes.of(committee(r, meeting.date()), r.branches().nameOn(meeting.branchId(), meeting.date()),
                    meeting, roster);
        });
    }

    /** Writes the .docx (on the database thread: the biên bản's log line goes with it). */
    public PrintedMinutes print(Minutes minutes, Path docx) {
        printer.write(minutes, docx);
        vn.dangvu.logic.OutputLog.printed(database, minutes.meeting() == null
                ? "Mẫu biên bản sinh hoạt " + minutes.branchName() + " tháng " + minutes.month().getMonthValue() + "/"
                        + minutes.month().getYear()
                : "Biên bản sinh hoạt " + minutes.branchName() + " ngày "
                        + vn.dangvu.model.DateFormats.format(minutes.meeting().date()), docx);
        return new PrintedMinutes(docx, Optional.empty(), "");
    }

    /**
     * The PDF beside the printed .docx, made by LibreOffice on its own thread, never the database's
     * ({@link PdfConverter}). Completes normally in every case: without LibreOffice, or when it
     * fails, with a note saying why and the Word file kept.
     */
    public static CompletableFuture<PrintedMinutes> addPdf(PrintedMinutes printed) {
        Optional<PdfConverter> converter = PdfConverter.find();
        if (converter.isEmpty()) {
            return CompletableFuture.completedFuture(new PrintedMinutes(printed.docx(), Optional.empty(),
                    "Không tìm thấy LibreOffice trên máy nên không tạo bản PDF; đã tạo tệp Word."));
        }
        return converter.get().convertLater(printed.docx()).handle((pdf, failure) -> failure == null
                ? new PrintedMinutes(printed.docx(), Optional.of(pdf), "")
                : new PrintedMinutes(printed.docx(), Optional.empty(), "Không tạo được bản PDF: "
                        + (failure.getCause() == null ? failure : failure.getCause()).getMessage()));
    }

    public static boolean pdfAvailable() {
        return PdfConverter.find().isPresent();
    }

    // ------------------------------------------------------------------ reports

    /** Attendance of every branch that existed during [from, to], in branch order. */
    public List<BranchAttendance> attendanceByBranch(LocalDate from, LocalDate to) {
        return database.read(r -> {
            Map<Long, AttendanceTally> tallies = new HashMap<>();
            Map<Long, Set<Long>> meetings = new HashMap<>();
            for (Mark mark : r.meetings().marks(null, from, to)) {
                tallies.merge(mark.branchId(), AttendanceTally.NONE.plus(mark.mark()), AttendanceTally::plus);
                meetings.computeIfAbsent(mark.branchId(), id -> new java.util.HashSet<>()).add(mark.meetingId());
            }
            return r.branches().all().stream()
                    .filter(b -> MeetingCalendar.activeDuring(b, from, to) || tallies.containsKey(b.id()))
                    .map(b -> new BranchAttendance(b, meetings.getOrDefault(b.id(), Set.of()).size(),
                            tallies.getOrDefault(b.id(), AttendanceTally.NONE)))
                    .toList();
        });
    }

    /** Attendance of each person marked at the branch's meetings during [from, to], in name order. */
    public List<MemberAttendance> attendanceByMember(long branchId, LocalDate from, LocalDate to) {
        return database.read(r -> {
            String branchName = branch(r, branchId).name();
            Map<Long, AttendanceTally> tallies = new HashMap<>();
            for (Mark mark : r.meetings().marks(branchId, from, to)) {
                tallies.merge(mark.memberId(), AttendanceTally.NONE.plus(mark.mark()), AttendanceTally::plus);
            }
            List<MemberAttendance> rows = new ArrayList<>();
            if (!tallies.isEmpty()) {
                for (RegisterEntry person : r.register().load(tallies.keySet())) {
                    rows.add(new MemberAttendance(person.id(), person.name(), branchName, tallies.get(person.id())));
                }
            }
            rows.sort(Comparator.comparing(MemberAttendance::name, NameOrder.comparator()));
            return rows;
        });
    }

    /** Meetings held against meetings due, per branch that existed during [from, to]. */
    public List<HeldVersusDue> heldVersusDue(LocalDate from, LocalDate to, LocalDate today) {
        return database.read(r -> {
            Map<Long, List<MeetingSummary>> byBranch = r.meetings()
                    .summaries(YearMonth.from(from).atDay(1), YearMonth.from(to).atEndOfMonth()).stream()
                    .collect(Collectors.groupingBy(MeetingSummary::branchId));
            return r.branches().all().stream()
                    .filter(b -> MeetingCalendar.activeDuring(b, from, to))
                    .map(b -> HeldVersusDue.of(b, from, to, byBranch.getOrDefault(b.id(), List.of()), today,
                            lengthRules))
                    .toList();
        });
    }

    /**
     * Members absent without reason in as many months of the year as the at-risk rule warns from
     * (two meetings missed in one month count once), most months first; months with a valid
     * reason recorded do not count.
     */
    public List<AtRiskMember> atRisk(int year) {
        return atRisk(year, Map.of());
    }

    /**
     * The at-risk list when fees are known too: a month without activity or without fees counts,
     * unless a valid reason is recorded for it (AtRiskMonths, QĐ24 8.1).
     *
     * @param monthsWithoutFees per member, the months of the year without fees
     */
    public List<AtRiskMember> atRisk(int year, Map<Long, Set<YearMonth>> monthsWithoutFees) {
        return database.read(r -> {
            Map<Long, List<Mark>> absences = r.meetings()
                    .marks(null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), AttendanceMark.ABSENT_UNEXCUSED)
                    .stream().collect(Collectors.groupingBy(Mark::memberId));
            Map<Long, Set<YearMonth>> excused = r.validReasons().monthsIn(year);
            Map<Long, Set<YearMonth>> counted = new HashMap<>();
            Set<Long> people = new java.util.HashSet<>(absences.keySet());
            people.addAll(monthsWithoutFees.keySet());
            for (long id : people) {
                Set<YearMonth> absent = absences.getOrDefault(id, List.of()).stream()
                        .map(m -> YearMonth.from(m.date())).collect(Collectors.toSet());
                Set<YearMonth> months = AtRiskMonths.unexplained(absent, monthsWithoutFees.getOrDefault(id, Set.of()),
                        excused.getOrDefault(id, Set.of()));
                if (atRiskRule.listed(months)) {
                    counted.put(id, months);
                }
            }
            if (counted.isEmpty()) {
                return List.of();
            }
            Map<Long, String> branchNames = new HashMap<>();
            r.branches().all().forEach(b -> branchNames.put(b.id(), b.name()));
            List<AtRiskMember> members = new ArrayList<>();
            for (RegisterEntry person : r.register().load(counted.keySet())) {
                Set<YearMonth> months = counted.get(person.id());
                List<Mark> missed = absences.getOrDefault(person.id(), List.of()).stream()
                        .filter(m -> months.contains(YearMonth.from(m.date()))).toList();
                Long branch = missed.isEmpty() ? person.history().stateOn(LocalDate.of(year, 12, 31)).branchId()
                        : missed.get(missed.size() - 1).branchId();
                Set<YearMonth> fees = monthsWithoutFees.getOrDefault(person.id(), Set.of()).stream()
                        .filter(months::contains).collect(Collectors.toSet());
                members.add(new AtRiskMember(person.id(), person.name(), branchNames.get(branch),
                        missed.stream().map(Mark::date).toList(), fees));
            }
            members.sort(Comparator.comparingLong(AtRiskMember::months).reversed()
                    .thenComparing(AtRiskMember::name, NameOrder.comparator()));
            return members;
        });
    }

    /** Records a valid reason (lý do chính đáng) for one member's month: it stops counting towards xóa tên. */
    public void recordValidReason(long memberId, YearMonth month, String reason, String recordedBy) {
        if (reason == null || reason.isBlank()) {
            throw new RecordRejected("reason", "Ghi lý do chính đáng.");
        }
        database.write(r -> {
            r.validReasons().save(memberId, month, reason.strip(), recordedBy);
            RecordLog.saved(r, memberId, "Lý do chính đáng tháng " + month.getMonthValue() + "/" + month.getYear()
                    + ": " + reason.strip());
            return null;
        });
    }

    // ------------------------------------------------------------------ plumbing

    private static Branch branch(Repositories r, long branchId) {
        return r.branches().find(branchId).orElseThrow(() -> new RecordRejected("branch", "Chi bộ không tồn tại."));
    }

    /** As named on the meeting's day (DOMAIN.md §17). */
    private static Committee committee(Repositories r, LocalDate day) {
        return r.committee().on(day).orElseThrow(() -> new RecordRejected(null,
                "Chưa thiết lập Đảng bộ (tên, địa danh): hãy mở chương trình để thiết lập lần đầu."));
    }
}
