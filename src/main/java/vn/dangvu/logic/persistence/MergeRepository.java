package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH;
import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.DELETED_MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.FEE_PAYMENT;
import static vn.dangvu.logic.persistence.jooq.Tables.FORMER_UNIT;
import static vn.dangvu.logic.persistence.jooq.Tables.FORMER_UNIT_MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.JOINED_TRANSFER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEETING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_FEE_BASIS;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_RATING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.merge.FormerUnit;
import vn.dangvu.model.rating.RatingGrade;

/**
 * The former units merged into this committee, the people each brought and the moves between
 * them; and what the merge compares of a person found in two units' records.
 */
public final class MergeRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    MergeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The former units in the order they were merged. */
    public List<FormerUnit> units() {
        return dsl.selectFrom(FORMER_UNIT).orderBy(FORMER_UNIT.ID)
                .fetch(r -> new FormerUnit(r.getName(), r.getJoinedOn()));
    }

    /** Whether anyone in the register came from no former unit: the committee's own records from before. */
    public boolean hasOwnMembers() {
        return dsl.fetchExists(DSL.selectOne().from(MEMBER).whereNotExists(
                DSL.selectOne().from(FORMER_UNIT_MEMBER).where(FORMER_UNIT_MEMBER.MEMBER_ID.eq(MEMBER.ID))));
    }

    /** Each move between two former units: the transfer-out event id → the transfer-in event id. */
    public Map<Long, Long> joinedTransfers() {
        Map<Long, Long> moves = new HashMap<>();
        dsl.selectFrom(JOINED_TRANSFER).forEach(r -> moves.put(r.getOutEventId(), r.getInEventId()));
        return moves;
    }

    /**
     * Counts and maxima that change with any write: taken at the preview and checked before the
     * merge writes, so that a preview is never applied to data that changed since.
     */
    public record Fingerprint(long members, long maxMemberId, long memberVersions, long events, long maxEventId,
                              long branches, long memberRatings, long branchRatings) {
    }

    public Fingerprint fingerprint() {
        var r = dsl.select(
                DSL.field(DSL.selectCount().from(MEMBER)),
                DSL.field(DSL.select(DSL.coalesce(DSL.max(MEMBER.ID), 0L)).from(MEMBER)),
                DSL.field(DSL.select(DSL.coalesce(DSL.sum(MEMBER.VERSION),
                        DSL.inline(java.math.BigDecimal.ZERO))).from(MEMBER)),
                DSL.field(DSL.selectCount().from(MEMBERSHIP_EVENT)),
                DSL.field(DSL.select(DSL.coalesce(DSL.max(MEMBERSHIP_EVENT.ID), 0L)).from(MEMBERSHIP_EVENT)),
                DSL.field(DSL.selectCount().from(BRANCH)),
                DSL.field(DSL.selectCount().from(MEMBER_RATING)),
                DSL.field(DSL.selectCount().from(BRANCH_RATING))).fetchSingle();
        return new Fingerprint(r.value1(), r.value2(), r.value3().longValue(), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8());
    }

    /** Events and binned events of the database: the most event ids a merge of it can need. */
    public long eventRows() {
        return dsl.fetchCount(MEMBERSHIP_EVENT)
                + dsl.fetchCount(DELETED_MEMBERSHIP_EVENT);
    }

    /** Records the unit; its id numbers its transfer register book. */
    public long insertUnit(FormerUnit unit, String sourceFile, String mergedBy) {
        return dsl.insertInto(FORMER_UNIT, FORMER_UNIT.NAME, FORMER_UNIT.JOINED_ON, FORMER_UNIT.SOURCE_FILE,
                        FORMER_UNIT.MERGED_BY)
                .values(unit.name(), unit.joinedOn(), sourceFile, mergedBy)
                .returning(FORMER_UNIT.ID).fetchOne(FORMER_UNIT.ID);
    }

    public void unitMembers(long unitId, Collection<Long> memberIds) {
        List<Long> ids = new ArrayList<>(memberIds);
        JdbcBatch.insert(dsl, FORMER_UNIT_MEMBER, List.of(Column.of(FORMER_UNIT_MEMBER.UNIT_ID, id -> unitId),
                Column.of(FORMER_UNIT_MEMBER.MEMBER_ID, id -> id)), ids);
    }

    /** @param moves transfer-out event id → transfer-in event id */
    public void joinedTransfers(Map<Long, Long> moves) {
        JdbcBatch.insert(dsl, JOINED_TRANSFER, List.of(Column.of(JOINED_TRANSFER.OUT_EVENT_ID, Map.Entry::getKey),
                Column.of(JOINED_TRANSFER.IN_EVENT_ID, Map.Entry::getValue)), new ArrayList<>(moves.entrySet()));
    }

    /** The days each person is on a branch meeting's attendance list, by member id. */
    public Map<Long, List<LocalDate>> attendanceDays(Collection<Long> memberIds) {
        Map<Long, List<LocalDate>> days = new HashMap<>();
        for (List<Long> chunk : Chunks.of(memberIds, CHUNK)) {
            dsl.select(MEETING_ATTENDANCE.MEMBER_ID, MEETING.MEETING_DATE).from(MEETING_ATTENDANCE).join(MEETING)
                    .on(MEETING.ID.eq(MEETING_ATTENDANCE.MEETING_ID)).where(MEETING_ATTENDANCE.MEMBER_ID.in(chunk))
                    .forEach(r -> days.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return days;
    }

    /**
     * The records each person has at most one of per key (ratings, badges, fees, fee basis),
     * described for a contradiction and named by {@link MergeFacts}: member id → field → text.
     */
    public Map<Long, Map<String, String>> facts(Collection<Long> memberIds) {
        Map<Long, Map<String, String>> facts = new HashMap<>();
        for (List<Long> chunk : Chunks.of(memberIds, CHUNK)) {
            dsl.selectFrom(MEMBER_RATING).where(MEMBER_RATING.MEMBER_ID.in(chunk)).forEach(r -> fact(facts,
                    r.getMemberId(), MergeFacts.rating(r.getRatingYear()), RatingGrade.valueOf(r.getGrade()).abbreviation()
                            + (r.getScore() == null ? "" : " (" + r.getScore() + " điểm)")));
            dsl.selectFrom(BADGE_AWARD).where(BADGE_AWARD.MEMBER_ID.in(chunk)).forEach(r -> fact(facts,
                    r.getMemberId(), MergeFacts.badge(r.getMilestone()), "đợt " + DateFormats.format(r.getRoundDate())
                            + ", quyết định số " + r.getDecisionNumber()));
            dsl.selectFrom(FEE_PAYMENT).where(FEE_PAYMENT.MEMBER_ID.in(chunk)).forEach(r -> fact(facts,
                    r.getMemberId(), MergeFacts.fee(r.getFeeMonth()), NumberFormats.money(r.getAmount())));
            dsl.selectFrom(MEMBER_FEE_BASIS).where(MEMBER_FEE_BASIS.MEMBER_ID.in(chunk)).forEach(r -> fact(facts,
                    r.getMemberId(), MergeFacts.feeBasis(), r.getCategory()
                            + (r.getBaseAmount() == null ? "" : " " + NumberFormats.money(r.getBaseAmount()))
                            + (r.getExemption() == null ? "" : ", miễn " + r.getExemption())
                            + (r.getReductionPercent() == null ? "" : ", giảm " + r.getReductionPercent() + "%")));
        }
        return facts;
    }

    /** Which of these events have a letter in a Sổ giới thiệu sinh hoạt đảng (they cannot go to the recycle bin). */
    public java.util.Set<Long> eventsWithLetters(Collection<Long> eventIds) {
        java.util.Set<Long> with = new java.util.HashSet<>();
        for (List<Long> chunk : Chunks.of(eventIds, CHUNK)) {
            with.addAll(dsl.select(vn.dangvu.logic.persistence.jooq.Tables.TRANSFER_LETTER.EVENT_ID)
                    .from(vn.dangvu.logic.persistence.jooq.Tables.TRANSFER_LETTER)
                    .where(vn.dangvu.logic.persistence.jooq.Tables.TRANSFER_LETTER.EVENT_ID.in(chunk))
                    .fetch(vn.dangvu.logic.persistence.jooq.Tables.TRANSFER_LETTER.EVENT_ID));
        }
        return with;
    }

    private static void fact(Map<Long, Map<String, String>> facts, long memberId, String field, String value) {
        facts.computeIfAbsent(memberId, k -> new LinkedHashMap<>()).put(field, value);
    }
}
