package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.FEE_PAYMENT;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_FEE_BASIS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.records.MemberFeeBasisRecord;
import vn.dangvu.model.fee.FeeBasis;
import vn.dangvu.model.fee.FeeCategory;
import vn.dangvu.model.fee.FeeExemption;

/** What members' fees are computed from, and what they paid (one row per member and month). */
public final class FeeRepository {

    private final DSLContext dsl;

    FeeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every recorded basis; members without one are "đảng viên khác". */
    public Map<Long, FeeBasis> bases() {
        Map<Long, FeeBasis> bases = new HashMap<>();
        dsl.selectFrom(MEMBER_FEE_BASIS).forEach(r -> bases.put(r.getMemberId(), toBasis(r)));
        return bases;
    }

    public Optional<FeeBasis> basis(long memberId) {
        return dsl.selectFrom(MEMBER_FEE_BASIS).where(MEMBER_FEE_BASIS.MEMBER_ID.eq(memberId))
                .fetchOptional(FeeRepository::toBasis);
    }

    /** Replaces the member's basis (call inside a write: delete and insert go together). */
    public void saveBasis(long memberId, FeeBasis basis, String by) {
        dsl.deleteFrom(MEMBER_FEE_BASIS).where(MEMBER_FEE_BASIS.MEMBER_ID.eq(memberId)).execute();
        dsl.insertInto(MEMBER_FEE_BASIS, MEMBER_FEE_BASIS.MEMBER_ID, MEMBER_FEE_BASIS.CATEGORY,
                        MEMBER_FEE_BASIS.BASE_AMOUNT, MEMBER_FEE_BASIS.EXEMPTION, MEMBER_FEE_BASIS.REDUCTION_PERCENT,
                        MEMBER_FEE_BASIS.REDUCTION_FROM, MEMBER_FEE_BASIS.REDUCTION_UNTIL, MEMBER_FEE_BASIS.UPDATED_BY)
                .values(memberId, basis.category().name(), basis.baseAmount(),
                        basis.exemption() == null ? null : basis.exemption().name(), basis.reductionPercent(),
                        month(basis.reductionFrom()), month(basis.reductionUntil()), by)
                .execute();
    }

    /** Payments for the months from..to, member → month → amount. */
    public Map<Long, Map<YearMonth, Long>> payments(YearMonth from, YearMonth to) {
        Map<Long, Map<YearMonth, Long>> payments = new HashMap<>();
        dsl.select(FEE_PAYMENT.MEMBER_ID, FEE_PAYMENT.FEE_MONTH, FEE_PAYMENT.AMOUNT).from(FEE_PAYMENT)
                .where(FEE_PAYMENT.FEE_MONTH.between(from.atDay(1), to.atDay(1)))
                .forEach(r -> payments.computeIfAbsent(r.value1(), id -> new HashMap<>())
                        .put(YearMonth.from(r.value2()), r.value3()));
        return payments;
    }

    /** The earliest month any fee was recorded for: the fee book is kept from then on (empty: never). */
    public Optional<YearMonth> firstRecordedMonth() {
        LocalDate first = dsl.select(DSL.min(FEE_PAYMENT.FEE_MONTH)).from(FEE_PAYMENT).fetchOne(0, LocalDate.class);
        return Optional.ofNullable(first).map(YearMonth::from);
    }

    public Map<YearMonth, Long> paymentsOf(long memberId) {
        Map<YearMonth, Long> payments = new HashMap<>();
        dsl.select(FEE_PAYMENT.FEE_MONTH, FEE_PAYMENT.AMOUNT).from(FEE_PAYMENT).where(FEE_PAYMENT.MEMBER_ID.eq(memberId))
                .forEach(r -> payments.put(YearMonth.from(r.value1()), r.value2()));
        return payments;
    }

    /** Records a payment for a month not yet paid; false if that month was already paid. */
    public boolean pay(long memberId, YearMonth month, long amount, LocalDate paidOn, String by) {
        return dsl.insertInto(FEE_PAYMENT, FEE_PAYMENT.MEMBER_ID, FEE_PAYMENT.FEE_MONTH, FEE_PAYMENT.AMOUNT,
                        FEE_PAYMENT.PAID_ON, FEE_PAYMENT.RECORDED_BY)
                .values(memberId, month.atDay(1), amount, paidOn, by).onDuplicateKeyIgnore().execute() == 1;
    }

    /** Removes a payment recorded by mistake. */
    public boolean cancel(long memberId, YearMonth month) {
        return dsl.deleteFrom(FEE_PAYMENT).where(FEE_PAYMENT.MEMBER_ID.eq(memberId))
                .and(FEE_PAYMENT.FEE_MONTH.eq(month.atDay(1))).execute() == 1;
    }

    private static LocalDate month(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static YearMonth month(LocalDate day) {
        return day == null ? null : YearMonth.from(day);
    }

    private static FeeBasis toBasis(MemberFeeBasisRecord r) {
        return new FeeBasis(FeeCategory.valueOf(r.getCategory()), r.getBaseAmount(),
                r.getExemption() == null ? null : FeeExemption.valueOf(r.getExemption()), r.getReductionPercent(),
                month(r.getReductionFrom()), month(r.getReductionUntil()));
    }
}
