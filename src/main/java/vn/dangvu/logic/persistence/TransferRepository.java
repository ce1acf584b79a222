package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.EXPECTED_TRANSFER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.TRANSFER_LETTER;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.transfer.ExpectedTransfer;
import vn.dangvu.model.transfer.RecordedLetter;
import vn.dangvu.model.transfer.TransferKind;
import vn.dangvu.model.transfer.TransferLetter;

/** The Mẫu 10-SHĐ letters and the members expected to start a transfer. */
public final class TransferRepository {

    private final DSLContext dsl;

    TransferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The committee's own register book; the books of former units merged in carry their unit's id (V19). */
    static final long OWN_BOOK = 0;

    /** Stores the letter of an event with the next number of its year in the committee's own register. */
    public TransferLetter insert(TransferLetter letter, long eventId, String recordedBy) {
        int number = dsl.select(DSL.coalesce(DSL.max(TRANSFER_LETTER.REGISTER_NUMBER), 0)).from(TRANSFER_LETTER)
                .where(TRANSFER_LETTER.REGISTER_YEAR.eq(letter.year()), TRANSFER_LETTER.REGISTER_BOOK.eq(OWN_BOOK))
                .fetchOne(0, Integer.class) + 1;
        long id = dsl.insertInto(TRANSFER_LETTER, TRANSFER_LETTER.EVENT_ID, TRANSFER_LETTER.REGISTER_YEAR,
                        TRANSFER_LETTER.REGISTER_NUMBER, TRANSFER_LETTER.LETTER_NUMBER, TRANSFER_LETTER.LETTER_DATE,
                        TRANSFER_LETTER.FEES_PAID_THROUGH, TRANSFER_LETTER.RECORDED_BY)
                .values(eventId, letter.year(), number, letter.letterNumber(), letter.letterDate(),
                        letter.feesPaidThrough() == null ? null : letter.feesPaidThrough().atDay(1), recordedBy)
                .returning(TRANSFER_LETTER.ID).fetchOne(TRANSFER_LETTER.ID);
        return letter.stored(id, eventId, number);
    }

    public void confirmReceipt(long letterId, LocalDate on) {
        dsl.update(TRANSFER_LETTER).set(TRANSFER_LETTER.RECEIPT_CONFIRMED_ON, on)
                .where(TRANSFER_LETTER.ID.eq(letterId)).execute();
    }

    public Optional<RecordedLetter> find(long letterId) {
        return letters(TRANSFER_LETTER.ID.eq(letterId)).stream().findFirst();
    }

    /** The committee's own register of a year, in number order (a former unit's letters stay in its book). */
    public List<RecordedLetter> inYear(int year) {
        return letters(TRANSFER_LETTER.REGISTER_YEAR.eq(year).and(TRANSFER_LETTER.REGISTER_BOOK.eq(OWN_BOOK)));
    }

    /** Outgoing official letters not yet confirmed by the destination at the end of a day, whatever their year. */
    public List<RecordedLetter> unconfirmedOn(LocalDate day) {
        return letters(TRANSFER_LETTER.RECEIPT_CONFIRMED_ON.isNull().or(TRANSFER_LETTER.RECEIPT_CONFIRMED_ON.gt(day))
                .and(MEMBERSHIP_EVENT.TYPE.eq(TransferKind.OFFICIAL_OUT.eventType().name())));
    }

    /** Whether an event already has its letter. */
    public boolean hasLetter(long eventId) {
        return dsl.fetchExists(TRANSFER_LETTER, TRANSFER_LETTER.EVENT_ID.eq(eventId));
    }

    /**
     * Transfer events dated on or after {@code since} that have no letter, member id → events. The
     * type is compared in Java: comparing strings under the Vietnamese collation is slow in H2.
     */
    public Map<Long, List<MembershipEvent>> withoutLetter(LocalDate since) {
        Set<String> types = new HashSet<>();
        for (TransferKind kind : TransferKind.values()) {
            types.add(kind.eventType().name());
        }
        List<Long> ids = new ArrayList<>();
        dsl.select(MEMBERSHIP_EVENT.ID, MEMBERSHIP_EVENT.TYPE).from(MEMBERSHIP_EVENT).leftJoin(TRANSFER_LETTER)
                .on(TRANSFER_LETTER.EVENT_ID.eq(MEMBERSHIP_EVENT.ID))
                .where(MEMBERSHIP_EVENT.EVENT_DATE.ge(since)).and(TRANSFER_LETTER.ID.isNull())
                .forEach(r -> {
                    if (types.contains(r.value2())) {
                        ids.add(r.value1());
                    }
                });
        return dsl.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.ID.in(ids))
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .fetchGroups(MEMBERSHIP_EVENT.MEMBER_ID, MembershipEventRepository::toEvent);
    }

    private List<RecordedLetter> letters(Condition where) {
        return dsl.select().from(TRANSFER_LETTER).join(MEMBERSHIP_EVENT)
                .on(MEMBERSHIP_EVENT.ID.eq(TRANSFER_LETTER.EVENT_ID)).where(where)
                .orderBy(TRANSFER_LETTER.REGISTER_YEAR, TRANSFER_LETTER.REGISTER_NUMBER)
                .fetch(TransferRepository::toLetter);
    }

    private static RecordedLetter toLetter(Record r) {
        java.time.LocalDate fees = r.get(TRANSFER_LETTER.FEES_PAID_THROUGH);
        TransferLetter letter = new TransferLetter(r.get(TRANSFER_LETTER.ID), r.get(TRANSFER_LETTER.EVENT_ID),
                r.get(TRANSFER_LETTER.REGISTER_NUMBER), r.get(TRANSFER_LETTER.LETTER_NUMBER),
                r.get(TRANSFER_LETTER.LETTER_DATE), fees == null ? null : YearMonth.from(fees),
                r.get(TRANSFER_LETTER.RECEIPT_CONFIRMED_ON));
        return new RecordedLetter(letter, r.get(MEMBERSHIP_EVENT.MEMBER_ID),
                MembershipEventRepository.toEvent(r.into(MEMBERSHIP_EVENT)));
    }

    public ExpectedTransfer insertExpected(ExpectedTransfer expected, String recordedBy) {
        long id = dsl.insertInto(EXPECTED_TRANSFER, EXPECTED_TRANSFER.MEMBER_ID, EXPECTED_TRANSFER.OCCURRED_ON,
                        EXPECTED_TRANSFER.REASON, EXPECTED_TRANSFER.RECORDED_BY)
                .values(expected.memberId(), expected.occurredOn(), expected.reason(), recordedBy)
                .returning(EXPECTED_TRANSFER.ID).fetchOne(EXPECTED_TRANSFER.ID);
        return new ExpectedTransfer(id, expected.memberId(), expected.occurredOn(), expected.reason(), null, null);
    }

    public void closeExpected(long id, LocalDate on, String reason) {
        dsl.update(EXPECTED_TRANSFER).set(EXPECTED_TRANSFER.CLOSED_ON, on).set(EXPECTED_TRANSFER.CLOSED_REASON, reason)
                .where(EXPECTED_TRANSFER.ID.eq(id)).execute();
    }

    /** Changes the clerk had not closed by the end of a day (a recorded transfer resolves the others in the model). */
    public List<ExpectedTransfer> openExpectedOn(LocalDate day) {
        return dsl.selectFrom(EXPECTED_TRANSFER)
                .where(EXPECTED_TRANSFER.CLOSED_ON.isNull().or(EXPECTED_TRANSFER.CLOSED_ON.gt(day)))
                .orderBy(EXPECTED_TRANSFER.OCCURRED_ON, EXPECTED_TRANSFER.ID)
                .fetch(r -> new ExpectedTransfer(r.getId(), r.getMemberId(), r.getOccurredOn(), r.getReason(),
                        r.getClosedOn(), r.getClosedReason()));
    }
}
