package vn.dangvu.logic.fee;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.PartyAges;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Committee;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.PartyAge;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.fee.FeeBasis;
import vn.dangvu.model.fee.FeeBook;
import vn.dangvu.model.fee.FeeBookRow;
import vn.dangvu.model.fee.FeeCell;
import vn.dangvu.model.fee.FeeLedger;
import vn.dangvu.model.fee.FeePayer;
import vn.dangvu.model.fee.FeeReport;
import vn.dangvu.model.fee.FeeRules;

/**
 * Đảng phí (DOMAIN.md §12): what members owe under the dated rules, what they paid, the fee book
 * of a branch, arrears and the report to the higher committee. Every figure comes from
 * {@link FeeLedger} cells.
 */
public final class FeeService {

    private final Database database;
    private final FeeRules rules;
    private final Clock clock;

    public FeeService(Database database, FeeRules rules) {
        this(database, rules, Clock.systemDefaultZone());
    }

    /** @param clock gives the day on printed documents */
    public FeeService(Database database, FeeRules rules, Clock clock) {
        this.database = database;
        this.rules = rules;
        this.clock = clock;
    }

    public FeeRules rules() {
        return rules;
    }

    /** Sổ thu đảng phí of a branch for a year, as of a day (months after it are not yet arrears). */
    public List<FeeBookRow> book(long branchId, int year, LocalDate asOf) {
        return database.read(r -> FeeBook.of(new FeeLedger(rules, asOf),
                payers(r, YearMonth.of(year, 1), YearMonth.of(year, 12)), year, branchId,
                r.fees().firstRecordedMonth().orElse(null)));
    }

    /** The report for the months from..to, every branch that had payers, as of a day. */
    public FeeReport report(YearMonth from, YearMonth to, LocalDate asOf) {
        return database.read(r -> {
            Map<Long, String> names = new LinkedHashMap<>();
            List<Branch> branches = new ArrayList<>(r.branches().all());
            branches.sort((a, b) -> NameOrder.collator().compare(a.name(), b.name()));
            Map<Long, String> current = r.branches().namesOn(to.atEndOfMonth());
            branches.forEach(b -> names.put(b.id(), current.getOrDefault(b.id(), b.name())));
            FeeReport all = FeeReport.of(new FeeLedger(rules, asOf), payers(r, from, to), from, to, names);
            return new FeeReport(from, to, all.rows().stream().filter(row -> row.payers() > 0 || row.collected() > 0)
                    .toList(), all.total());
        });
    }

    /** Writes the report as an official Excel table; returns the number of branch rows. */
    public int writeReport(YearMonth from, YearMonth to, LocalDate asOf, Path file) {
        FeeReport report = report(from, to, asOf);
        LocalDate made = LocalDate.now(clock);
        Committee committee = database.read(r -> r.committee().on(made).orElse(null));
        try (OfficialWorkbook book = new OfficialWorkbook(committee, made)) {
            FeeReportSheet.write(book, report);
            book.save(file);
        }
        return report.rows().size();
    }

    /**
     * The months of a year, up to the as-of month, each member owed here and did not pay,
     * member id → months (members with none are left out). For the list of members at risk.
     * Only months in which the fee book was kept (someone paid) count: an office that does not
     * record fees must not see every member as unpaid.
     */
    public Map<Long, List<YearMonth>> unpaidMonths(int year, LocalDate asOf) {
        return database.read(r -> {
            FeeLedger ledger = new FeeLedger(rules, asOf);
            List<FeePayer> payers = payers(r, YearMonth.of(year, 1), YearMonth.of(year, 12));
            Set<YearMonth> kept = new HashSet<>();
            payers.forEach(p -> kept.addAll(p.payments().keySet()));
            Map<Long, List<YearMonth>> unpaid = new HashMap<>();
            for (FeePayer payer : payers) {
                List<YearMonth> months = ledger.unpaidMonths(payer, year).stream().filter(kept::contains).toList();
                if (!months.isEmpty()) {
                    unpaid.put(payer.person().id(), months);
                }
            }
            return unpaid;
        });
    }

    /** One member's unpaid months of a year, up to the as-of month. */
    public List<YearMonth> unpaidMonths(long memberId, int year, LocalDate asOf) {
        return database.read(r -> payer(r, memberId).map(p -> new FeeLedger(rules, asOf).unpaidMonths(p, year))
                .orElse(List.of()));
    }

    /**
     * Records the fee of every month of {@code through}'s year up to it that the member owes and
     * has not paid, each at its amount, from the month the fee book starts (see {@link #book}): a
     * member paying ahead must not make every month before the book owed by everyone. Before any
     * fee is recorded the book starts with {@code through}. Returns the number of months recorded.
     */
    public int payThrough(long memberId, YearMonth through, LocalDate paidOn, String recordedBy) {
        return database.write(r -> {
            FeePayer payer = payer(r, memberId).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
            FeeLedger ledger = new FeeLedger(rules, through.atEndOfMonth());
            YearMonth january = YearMonth.of(through.getYear(), 1);
            YearMonth kept = r.fees().firstRecordedMonth().filter(m -> !m.isAfter(through)).orElse(through);
            int paid = 0;
            for (YearMonth month = kept.isBefore(january) ? january : kept; !month.isAfter(through);
                 month = month.plusMonths(1)) {
                FeeCell cell = ledger.cell(payer, month);
                if (cell.status() == FeeCell.Status.UNPAID && r.fees().pay(memberId, month, cell.due(), paidOn, recordedBy)) {
                    paid++;
                }
            }
            RecordLog.saved(r, memberId, "Đóng đảng phí đến tháng " + month(through) + ": " + paid + " tháng");
            return paid;
        });
    }

    /** Thu đảng phí at the branch meeting: everyone of the branch who owes the month pays it. */
    public int payMonth(long branchId, YearMonth month, LocalDate paidOn, String recordedBy) {
        return database.write(r -> {
            FeeLedger ledger = new FeeLedger(rules, month.atEndOfMonth());
            int paid = 0;
            for (FeePayer payer : payers(r, month, month)) {
                FeeCell cell = ledger.cell(payer, month);
                if (cell.status() == FeeCell.Status.UNPAID && branchIdIs(cell, branchId)
                        && r.fees().pay(payer.person().id(), month, cell.due(), paidOn, recordedBy)) {
                    paid++;
                }
            }
            RecordLog.saved(r, null, "Thu đảng phí tháng " + month(month) + " của "
                    + r.branches().find(branchId).map(Branch::name).orElse("chi bộ") + ": " + paid + " người");
            return paid;
        });
    }

    /** Removes a payment recorded by mistake. */
    public void cancelPayment(long memberId, YearMonth month) {
        database.write(r -> {
            if (!r.fees().cancel(memberId, month)) {
                throw new RecordRejected(null, "Tháng " + month.getMonthValue() + "/" + month.getYear()
                        + " chưa ghi đóng đảng phí.");
            }
            RecordLog.saved(r, memberId, "Bỏ khoản đóng đảng phí tháng " + month(month) + " ghi nhầm");
            return null;
        });
    }

    /** The latest month paid for, for "đã đóng đảng phí hết tháng …" on a transfer letter. */
    public Optional<YearMonth> lastPaidMonth(long memberId) {
        return database.read(r -> r.fees().paymentsOf(memberId).keySet().stream().max(YearMonth::compareTo));
    }

    public FeeBasis basis(long memberId) {
        return database.read(r -> r.fees().basis(memberId).orElse(FeeBasis.DEFAULT));
    }

    public void saveBasis(long memberId, FeeBasis basis, String recordedBy) {
        database.write(r -> {
            r.members().find(memberId).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
            r.fees().saveBasis(memberId, basis, recordedBy);
            RecordLog.saved(r, memberId, "Sửa căn cứ tính đảng phí");
            return null;
        });
    }

    private static String month(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }

    private static boolean branchIdIs(FeeCell cell, long branchId) {
        return cell.branchId() != null && cell.branchId() == branchId;
    }

    /** Everyone of the register with their basis and the payments of the months, in three queries. */
    private static List<FeePayer> payers(Repositories r, YearMonth from, YearMonth to) {
        Map<Long, FeeBasis> bases = r.fees().bases();
        Map<Long, Map<YearMonth, Long>> payments = r.fees().payments(from, to);
        PartyAges ages = PartyAges.read(r);
        List<FeePayer> payers = new ArrayList<>();
        for (RegisterEntry entry : r.register().loadAll()) {
            payers.add(new FeePayer(entry, bases.get(entry.id()), ages.of(entry.history()).orElse(null),
                    payments.getOrDefault(entry.id(), Map.of())));
        }
        return payers;
    }

    private static Optional<FeePayer> payer(Repositories r, long memberId) {
        // The member's own events carry their decisions: party age as the badges count it.
        PartyAge age = PartyAge.of(MembershipHistory.of(r.events().forMember(memberId))).orElse(null);
        return r.register().load(memberId).stream().findFirst().map(entry -> new FeePayer(entry,
                r.fees().basis(memberId).orElse(null), age, r.fees().paymentsOf(memberId)));
    }
}
