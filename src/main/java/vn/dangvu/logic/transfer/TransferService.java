package vn.dangvu.logic.transfer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.logic.MemberWrites;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.WorkingDays;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.stats.TransferScopeRule;
import vn.dangvu.model.stats.TransferScopes;
import vn.dangvu.model.transfer.ExpectedTransfer;
import vn.dangvu.model.transfer.LetterLine;
import vn.dangvu.model.transfer.RecordedLetter;
import vn.dangvu.model.transfer.TemporaryStay;
import vn.dangvu.model.transfer.TransferBook;
import vn.dangvu.model.transfer.TransferDues;
import vn.dangvu.model.transfer.TransferEvent;
import vn.dangvu.model.transfer.TransferKind;
import vn.dangvu.model.transfer.TransferLetter;

/**
 * Chuyển sinh hoạt đảng (DOMAIN.md §7): transfer events recorded with their letter in the
 * Mẫu 10-SHĐ register, receipt confirmation, temporary stays and the transfer due items.
 */
public final class TransferService {

    private final Database database;
    private final Clock clock;
    private final List<TransferScopeRule> scopeRules;

    public TransferService(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /** @param clock gives the day on printed documents; the transfer scope rules are the shipped ones */
    public TransferService(Database database, Clock clock) {
        this(database, clock, RuleTables.transferScopeRules(null));
    }

    /** @param scopeRules the register's scope column by date (decision 0019) */
    public TransferService(Database database, Clock clock, List<TransferScopeRule> scopeRules) {
        this.database = database;
        this.clock = clock;
        this.scopeRules = List.copyOf(scopeRules);
    }

    /**
     * What the transfers screen shows for a year and a day.
     *
     * @param lines         the year's register
     * @param pending       official outgoing letters of any year not yet confirmed
     * @param away          own members on a temporary transfer elsewhere (counted at home)
     * @param hosted        members hosted here temporarily (not counted)
     * @param withoutLetter recent transfer events with no letter in the register yet
     */
    public record Overview(int year, List<LetterLine> lines, List<LetterLine> pending, List<TemporaryStay> away,
                           List<TemporaryStay> hosted, List<TransferEvent> withoutLetter) {
    }

    public Overview overview(int year, LocalDate asOf) {
        return database.read(r -> {
            Map<Long, String> branchNames = r.branches().namesOn(asOf);
            List<RecordedLetter> ofYear = r.transfers().inYear(year);
            List<RecordedLetter> unconfirmed = r.transfers().unconfirmedOn(asOf);
            List<RegisterEntry> register = r.register().loadAll();
            Map<Long, RegisterEntry> people = new HashMap<>();
            register.forEach(e -> people.put(e.id(), e));
            String committee = committeeName(r);
            TransferScopes home = home(r, ofYear, unconfirmed);
            List<LetterLine> pending = TransferBook.lines(unconfirmed, people, committee, branchNames, home);
            List<TransferEvent> withoutLetter = new ArrayList<>();
            r.transfers().withoutLetter(LocalDate.of(year - 1, 1, 1)).forEach((memberId, events) -> {
                RegisterEntry person = people.get(memberId);
                events.forEach(e -> withoutLetter.add(new TransferEvent(memberId, person.name(), e)));
            });
            withoutLetter.sort(Comparator.comparing((TransferEvent t) -> t.event().date()));
            return new Overview(year, TransferBook.lines(ofYear, people, committee, branchNames, home), pending,
                    stays(r, register, asOf, branchNames, false), stays(r, register, asOf, branchNames, true),
                    withoutLetter);
        });
    }

    /**
     * Records a transfer event and its letter together, the letter taking the next number of
     * its year. Refused, with nothing written, if the history does not allow the event.
     */
    public LetterLine record(long memberId, MembershipEvent event, TransferLetter letter, String recordedBy) {
        TransferKind kind = TransferKind.of(event.type()).orElseThrow(() ->
                new IllegalArgumentException("\"" + event.type().label() + "\" không phải là chuyển sinh hoạt."));
        checkOtherSide(event);
        return database.write(r -> {
            MembershipEvent stored = MemberWrites.appendEvent(r, memberId, event, recordedBy);
            TransferLetter numbered = r.transfers().insert(letter, stored.id(), recordedBy);
            logLetter(r, memberId, numbered, stored);
            return line(r, new RecordedLetter(numbered, memberId, stored), kind);
        });
    }

    /** Enters the letter of a transfer already recorded (an arrival entered with the member's record). */
    public LetterLine registerLetter(long memberId, long eventId, TransferLetter letter, String recordedBy) {
        return database.write(r -> {
            MembershipEvent event = r.events().forMember(memberId).stream().filter(e -> e.id() == eventId).findFirst()
                    .orElseThrow(() -> new RecordRejected(null, "Không tìm thấy sự kiện chuyển sinh hoạt."));
            TransferKind kind = TransferKind.of(event.type()).orElseThrow(() ->
                    new RecordRejected(null, "\"" + event.type().label() + "\" không phải là chuyển sinh hoạt."));
            if (r.transfers().hasLetter(eventId)) {
                throw new RecordRejected(null, "Sự kiện này đã có giấy giới thiệu trong sổ.");
            }
            TransferLetter numbered = r.transfers().insert(letter, eventId, recordedBy);
            logLetter(r, memberId, numbered, event);
            return line(r, new RecordedLetter(numbered, memberId, event), kind);
        });
    }

    private static void logLetter(Repositories r, long memberId, TransferLetter letter, MembershipEvent event) {
        RecordLog.saved(r, memberId, "Vào sổ giới thiệu sinh hoạt (Mẫu 10-SHĐ) số thứ tự " + letter.number() + " năm "
                + event.date().getYear() + ": " + event.type().label().toLowerCase(java.util.Locale.ROOT));
    }

    /** The destination confirmed it received the member (the letter was presented). */
    public void confirmReceipt(long letterId, LocalDate on) {
        database.write(r -> {
            RecordedLetter recorded = r.transfers().find(letterId)
                    .orElseThrow(() -> new RecordRejected(null, "Không tìm thấy giấy giới thiệu."));
            if (recorded.kind() != TransferKind.OFFICIAL_OUT) {
                throw new RecordRejected(null, "Chỉ giấy giới thiệu chuyển đi chính thức mới chờ xác nhận tiếp nhận.");
            }
            if (recorded.letter().receiptConfirmedOn() != null) {
                throw new RecordRejected(null, "Giấy giới thiệu số thứ tự " + recorded.letter().number()
                        + " đã được xác nhận ngày " + DateFormats.format(recorded.letter().receiptConfirmedOn()) + ".");
            }
            recorded.letter().confirmedOn(on); // validates the day against the letter's
            r.transfers().confirmReceipt(letterId, on);
            RecordLog.saved(r, recorded.memberId(), "Xác nhận nơi đến đã tiếp nhận (giấy giới thiệu số thứ tự "
                    + recorded.letter().number() + ") ngày " + DateFormats.format(on));
            return null;
        });
    }

    /** Ends a temporary stay: an own member back from elsewhere, or a hosted member leaving. */
    public MembershipEvent endTemporary(long memberId, LocalDate on, String note, String recordedBy) {
        return database.write(r -> {
            MembershipState state = vn.dangvu.model.MembershipHistory.of(r.events().forMember(memberId)).stateOn(on);
            MembershipEventType type = state.status() == MemberStatus.HOSTED ? MembershipEventType.HOSTING_ENDED
                    : MembershipEventType.TEMPORARY_RETURN;
            MembershipEvent event = new MembershipEvent(null, type, on, null, null, null, note, recordedBy);
            return MemberWrites.appendEvent(r, memberId, event, recordedBy);
        });
    }

    /** Records a change that calls for an official transfer within 60 working days. */
    public ExpectedTransfer expect(ExpectedTransfer change, String recordedBy) {
        return database.write(r -> {
            r.members().find(change.memberId()).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
            return r.transfers().insertExpected(change, recordedBy);
        });
    }

    public void closeExpected(long id, LocalDate on, String reason) {
        database.write(r -> {
            r.transfers().closeExpected(id, on, reason);
            return null;
        });
    }

    /** The Mẫu 10-SHĐ register of a year as an official Excel document; returns the number of lines. */
    public int writeRegister(int year, Path file) {
        LocalDate today = LocalDate.now(clock);
        Overview overview = overview(year, today);
        Committee committee = database.read(r -> r.committee().on(today).orElse(null));
        try (OfficialWorkbook book = new OfficialWorkbook(committee, today)) {
            TransferRegisterSheet.write(book, year, overview.lines());
            book.save(file);
        }
        return overview.lines().size();
    }

    /** The transfer items of the due list, inside the due list's read. */
    public static List<DueItem> dueOn(Repositories r, LocalDate asOf, Map<Long, String> branchNames, WorkingDays days) {
        List<RecordedLetter> letters = r.transfers().unconfirmedOn(asOf);
        List<ExpectedTransfer> expected = r.transfers().openExpectedOn(asOf);
        if (letters.isEmpty() && expected.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        letters.forEach(l -> ids.add(l.memberId()));
        expected.forEach(e -> ids.add(e.memberId()));
        Map<Long, RegisterEntry> people = new HashMap<>();
        r.people().of(ids).forEach(e -> people.put(e.id(), e));
        return TransferDues.on(asOf, letters, expected, people, branchNames, days);
    }

    private static void checkOtherSide(MembershipEvent event) {
        if (!event.otherOrganisation().isKnown()) {
            throw new RecordRejected("otherOrganisation", event.type().label()
                    + ": chưa nhập tên tổ chức đảng " + (TransferKind.of(event.type()).orElseThrow().outgoing()
                    ? "nơi chuyển đến." : "nơi chuyển đi."));
        }
    }

    private LetterLine line(Repositories r, RecordedLetter recorded, TransferKind kind) {
        Map<Long, RegisterEntry> people = new HashMap<>();
        r.people().of(List.of(recorded.memberId())).forEach(e -> people.put(e.id(), e));
        TransferScopes home = home(r, List.of(recorded), List.of());
        return TransferBook.lines(List.of(recorded), people, committeeName(r),
                r.branches().namesOn(recorded.event().date()), home).get(0);
    }

    private static String committeeName(Repositories r) {
        return r.committee().find().map(Committee::name).orElse("Đảng bộ");
    }

    /** The committee's province and district on each letter's day, as Biểu 1 reads them. */
    private TransferScopes home(Repositories r, List<RecordedLetter> a, List<RecordedLetter> b) {
        List<OtherOrganisation> places = new ArrayList<>();
        a.forEach(l -> places.add(l.event().otherOrganisation()));
        b.forEach(l -> places.add(l.event().otherOrganisation()));
        return TransferScopes.of(r.committee().history().orElse(null), places, scopeRules);
    }

    /** The register's events name the other side only: the stays' own events are read in full. */
    private static List<TemporaryStay> stays(Repositories r, List<RegisterEntry> register, LocalDate asOf,
                                             Map<Long, String> branchNames, boolean hosted) {
        MembershipEventType start = hosted ? MembershipEventType.HOSTING_STARTED : MembershipEventType.TEMPORARY_LEAVE;
        List<RegisterEntry> listed = register.stream().filter(entry -> {
            MembershipState state = entry.history().stateOn(asOf);
            return hosted ? state.status() == MemberStatus.HOSTED : state.temporarilyAway() && state.countsInPartyStrength();
        }).toList();
        Map<Long, List<MembershipEvent>> events = listed.isEmpty() ? Map.of()
                : r.events().forMembers(listed.stream().map(RegisterEntry::id).toList());
        List<TemporaryStay> stays = new ArrayList<>();
        for (RegisterEntry entry : listed) {
            MembershipState state = entry.history().stateOn(asOf);
            MembershipEvent began = null;
            for (MembershipEvent event : events.getOrDefault(entry.id(), List.of())) {
                if (event.type() == start && !event.date().isAfter(asOf)) {
                    began = event;
                }
            }
            stays.add(new TemporaryStay(entry.id(), entry.name(), branchNames.getOrDefault(state.branchId(), ""),
                    began == null ? null : began.date(),
                    began == null ? "" : TransferBook.describe(began.otherOrganisation())));
        }
        stays.sort(Comparator.comparing(TemporaryStay::name, NameOrder.comparator()));
        return stays;
    }
}
