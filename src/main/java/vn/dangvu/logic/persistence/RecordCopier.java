package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.ADMISSION_TARGET;
import static vn.dangvu.logic.persistence.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.logic.persistence.jooq.Tables.BADGE_EARLY;
import static vn.dangvu.logic.persistence.jooq.Tables.BADGE_EXCLUSION;
import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.CANDIDATE;
import static vn.dangvu.logic.persistence.jooq.Tables.CANDIDATE_STEP;
import static vn.dangvu.logic.persistence.jooq.Tables.CHANGE_FIELD;
import static vn.dangvu.logic.persistence.jooq.Tables.CHANGE_LOG;
import static vn.dangvu.logic.persistence.jooq.Tables.DELETED_MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.DISCIPLINE;
import static vn.dangvu.logic.persistence.jooq.Tables.EXPECTED_TRANSFER;
import static vn.dangvu.logic.persistence.jooq.Tables.FEE_PAYMENT;
import static vn.dangvu.logic.persistence.jooq.Tables.JOINED_TRANSFER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEETING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static vn.dangvu.logic.persistence.jooq.Tables.MEETING_SPEECH;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_FEE_BASIS;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.PROBATION_STEP;
import static vn.dangvu.logic.persistence.jooq.Tables.RESIDENCE_COMMENT;
import static vn.dangvu.logic.persistence.jooq.Tables.RESIDENCE_REGISTRATION;
import static vn.dangvu.logic.persistence.jooq.Tables.TRANSFER_LETTER;
import static vn.dangvu.logic.persistence.jooq.Tables.VALID_REASON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import vn.dangvu.model.history.ChangeKind;

/**
 * Copies a former unit's records other than its people, events and branches from its own
 * database into this one, in the merge's transaction (DOMAIN.md §17): its recycle bin, meetings and attendance,
 * admission dossiers and targets, discipline, badges, valid reasons, transfer letters (into the
 * unit's own register book), fees, residence registrations, ratings, probation dossiers and the
 * change log. Every reference is translated through the ids the merge gave the people, events and
 * branches; a row about a person found in both units that is already here is not copied twice,
 * and a record the person has one of per key is replaced only where the clerk chose the source's
 * ({@link MergeFacts}). The former unit's own rating of the committee has no place here and stays out.
 */
public final class RecordCopier {

    /** Told after each batch how many source rows were handled; may throw to stop (the transaction then rolls back). */
    @FunctionalInterface
    public interface Step {
        void done(int rows);
    }

    /**
     * A person of the source who was already here.
     *
     * @param factsFromThere      the keyed records (by {@link MergeFacts} field) where the source's replaces the one here
     * @param attendanceUntil     the source's meeting attendance of them is copied up to this day; null: all
     */
    public record Joined(Set<String> factsFromThere, LocalDate attendanceUntil) {
    }

    /**
     * @param unitId        the former unit (its id numbers its transfer register book)
     * @param joined        source member id → what the clerk chose, for people already here
     * @param nextEventId   the ids reserved for events, for the unit's recycle bin (a binned event keeps its id)
     */
    public record Maps(long unitId, IdMap members, IdMap branches, IdMap events, Map<Long, Joined> joined,
                       java.util.function.LongSupplier nextEventId) {
    }

    private static final int BATCH = 500;

    private final DSLContext from;
    private final DSLContext to;
    private final Maps maps;
    private final Step step;
    private final IdMap meetings = new IdMap();
    private final Map<Long, LocalDate> meetingDays = new HashMap<>();
    private final IdMap candidates = new IdMap();
    private final IdMap disciplines = new IdMap();
    private final IdMap registrations = new IdMap();
    private final IdMap changes = new IdMap();

    private RecordCopier(DSLContext from, DSLContext to, Maps maps, Step step) {
        this.from = from;
        this.to = to;
        this.maps = maps;
        this.step = step;
    }

    /** How many source rows a copy goes through, for progress. */
    public static long rows(Repositories source) {
        DSLContext dsl = source.dsl();
        long rows = 0;
        for (Table<?> table : List.of(DELETED_MEMBERSHIP_EVENT, MEETING, MEETING_SPEECH, MEETING_ATTENDANCE, CANDIDATE, CANDIDATE_STEP,
                ADMISSION_TARGET, DISCIPLINE, BADGE_AWARD, BADGE_EXCLUSION, BADGE_EARLY, VALID_REASON, TRANSFER_LETTER,
                EXPECTED_TRANSFER, MEMBER_FEE_BASIS, FEE_PAYMENT, RESIDENCE_REGISTRATION, RESIDENCE_COMMENT,
                MEMBER_RATING, BRANCH_RATING, PROBATION_STEP, CHANGE_LOG, CHANGE_FIELD, JOINED_TRANSFER)) {
            rows += dsl.fetchCount(table);
        }
        return rows;
    }

    public static void copy(Repositories source, Repositories target, Maps maps, Step step) {
        new RecordCopier(source.dsl(), target.dsl(), maps, step).copyAll();
    }

    private void copyAll() {
        batch(DELETED_MEMBERSHIP_EVENT, null, (s, t) -> {
            long id = maps.nextEventId().getAsLong();
            maps.events().put(s.get(DELETED_MEMBERSHIP_EVENT.ID), id);
            t.set(DELETED_MEMBERSHIP_EVENT.ID, id);
            return remap(t, DELETED_MEMBERSHIP_EVENT.MEMBER_ID, maps.members())
                    && remapOrNull(t, DELETED_MEMBERSHIP_EVENT.BRANCH_ID, maps.branches());
        });
        meetings();
        candidates();
        admissionTargets();
        personal();
        fees();
        residence();
        ratings();
        changeLog();
        batch(JOINED_TRANSFER, null, (s, t) -> remap(t, JOINED_TRANSFER.OUT_EVENT_ID, maps.events())
                && remap(t, JOINED_TRANSFER.IN_EVENT_ID, maps.events()));
    }

    // ------------------------------------------------------------------ tables

    private void meetings() {
        oneByOne(MEETING, MEETING.ID, meetings, (s, t) -> {
            meetingDays.put(s.get(MEETING.ID), s.get(MEETING.MEETING_DATE));
            return remap(t, MEETING.BRANCH_ID, maps.branches());
        });
        batch(MEETING_SPEECH, null, (s, t) -> remap(t, MEETING_SPEECH.MEETING_ID, meetings));
        batch(MEETING_ATTENDANCE, null, (s, t) -> {
            Joined joined = maps.joined().get(s.get(MEETING_ATTENDANCE.MEMBER_ID));
            LocalDate day = meetingDays.get(s.get(MEETING_ATTENDANCE.MEETING_ID));
            boolean kept = joined == null || joined.attendanceUntil() == null || !day.isAfter(joined.attendanceUntil());
            return kept && remap(t, MEETING_ATTENDANCE.MEETING_ID, meetings)
                    && remap(t, MEETING_ATTENDANCE.MEMBER_ID, maps.members());
        });
    }

    private void candidates() {
        oneByOne(CANDIDATE, CANDIDATE.ID, candidates, (s, t) -> remap(t, CANDIDATE.BRANCH_ID, maps.branches())
                && remapOrNull(t, CANDIDATE.FORMER_MEMBER_ID, maps.members())
                && remapOrNull(t, CANDIDATE.MEMBER_ID, maps.members()));
        batch(CANDIDATE_STEP, null, (s, t) -> remap(t, CANDIDATE_STEP.CANDIDATE_ID, candidates)
                && remapOrNull(t, CANDIDATE_STEP.INTRODUCER_ID, maps.members()));
    }

    /** A branch's target follows its branch; the unit's own target is added to the committee's of that year. */
    private void admissionTargets() {
        batch(ADMISSION_TARGET, ADMISSION_TARGET.BRANCH_ID.isNotNull(),
                (s, t) -> remap(t, ADMISSION_TARGET.BRANCH_ID, maps.branches()));
        try (Cursor<? extends Record> rows = from.selectFrom(ADMISSION_TARGET).where(ADMISSION_TARGET.BRANCH_ID.isNull())
                .fetchLazy()) {
            for (Record row : rows) {
                int year = row.get(ADMISSION_TARGET.TARGET_YEAR);
                int added = row.get(ADMISSION_TARGET.TARGET);
                int updated = to.update(ADMISSION_TARGET).set(ADMISSION_TARGET.TARGET, ADMISSION_TARGET.TARGET.plus(added))
                        .where(ADMISSION_TARGET.TARGET_YEAR.eq(year), ADMISSION_TARGET.BRANCH_ID.isNull()).execute();
                if (updated == 0) {
                    to.insertInto(ADMISSION_TARGET, ADMISSION_TARGET.TARGET_YEAR, ADMISSION_TARGET.TARGET)
                            .values(year, added).execute();
                }
                step.done(1);
            }
        }
    }

    /** Records of a person: discipline, badges, valid reasons, transfers, probation dossiers. */
    private void personal() {
        oneByOne(DISCIPLINE, DISCIPLINE.ID, disciplines, (s, t) -> remap(t, DISCIPLINE.MEMBER_ID, maps.members()));
        batch(BADGE_AWARD, null, (s, t) -> keyed(s, t, BADGE_AWARD.MEMBER_ID,
                MergeFacts.badge(s.get(BADGE_AWARD.MILESTONE)), BADGE_AWARD.MILESTONE.eq(s.get(BADGE_AWARD.MILESTONE))));
        batch(BADGE_EXCLUSION, null, (s, t) -> once(s, t, BADGE_EXCLUSION.MEMBER_ID,
                BADGE_EXCLUSION.ROUND_DATE.eq(s.get(BADGE_EXCLUSION.ROUND_DATE))
                        .and(BADGE_EXCLUSION.MILESTONE.eq(s.get(BADGE_EXCLUSION.MILESTONE)))));
        batch(BADGE_EARLY, null, (s, t) -> once(s, t, BADGE_EARLY.MEMBER_ID,
                BADGE_EARLY.ROUND_DATE.eq(s.get(BADGE_EARLY.ROUND_DATE))
                        .and(BADGE_EARLY.MILESTONE.eq(s.get(BADGE_EARLY.MILESTONE)))));
        batch(VALID_REASON, null, (s, t) -> once(s, t, VALID_REASON.MEMBER_ID,
                VALID_REASON.REASON_MONTH.eq(s.get(VALID_REASON.REASON_MONTH))));
        // The unit's own register book; letters it had brought from units merged into it earlier stay out.
        batch(TRANSFER_LETTER, TRANSFER_LETTER.REGISTER_BOOK.eq(TransferRepository.OWN_BOOK), (s, t) -> {
            t.set(TRANSFER_LETTER.REGISTER_BOOK, maps.unitId());
            return remap(t, TRANSFER_LETTER.EVENT_ID, maps.events());
        });
        batch(EXPECTED_TRANSFER, null, (s, t) -> remap(t, EXPECTED_TRANSFER.MEMBER_ID, maps.members()));
        batch(PROBATION_STEP, null, (s, t) -> once(s, t, PROBATION_STEP.MEMBER_ID,
                PROBATION_STEP.ADMITTED_ON.eq(s.get(PROBATION_STEP.ADMITTED_ON))
                        .and(PROBATION_STEP.STEP.eq(s.get(PROBATION_STEP.STEP)))));
    }

    private void fees() {
        batch(MEMBER_FEE_BASIS, null, (s, t) -> keyed(s, t, MEMBER_FEE_BASIS.MEMBER_ID, MergeFacts.feeBasis(),
                DSL.trueCondition()));
        batch(FEE_PAYMENT, null, (s, t) -> keyed(s, t, FEE_PAYMENT.MEMBER_ID, MergeFacts.fee(s.get(FEE_PAYMENT.FEE_MONTH)),
                FEE_PAYMENT.FEE_MONTH.eq(s.get(FEE_PAYMENT.FEE_MONTH))));
    }

    private void residence() {
        oneByOne(RESIDENCE_REGISTRATION, RESIDENCE_REGISTRATION.ID, registrations,
                (s, t) -> remap(t, RESIDENCE_REGISTRATION.BRANCH_ID, maps.branches()));
        batch(RESIDENCE_COMMENT, null, (s, t) -> remap(t, RESIDENCE_COMMENT.REGISTRATION_ID, registrations));
    }

    private void ratings() {
        batch(MEMBER_RATING, null, (s, t) -> keyed(s, t, MEMBER_RATING.MEMBER_ID,
                MergeFacts.rating(s.get(MEMBER_RATING.RATING_YEAR)), MEMBER_RATING.RATING_YEAR.eq(s.get(MEMBER_RATING.RATING_YEAR)))
                && remapOrNull(t, MEMBER_RATING.BRANCH_ID, maps.branches()));
        batch(BRANCH_RATING, null, (s, t) -> remap(t, BRANCH_RATING.BRANCH_ID, maps.branches()));
    }

    /** The unit's change log comes along: its lines keep their session, so none of them is undone from here. */
    private void changeLog() {
        oneByOne(CHANGE_LOG, CHANGE_LOG.ID, changes, (s, t) -> {
            t.set(CHANGE_LOG.MEMBER_ID, maps.members().get(s.get(CHANGE_LOG.MEMBER_ID)));
            t.set(CHANGE_LOG.SUBJECT_ID, subject(ChangeKind.valueOf(s.get(CHANGE_LOG.KIND)), s.get(CHANGE_LOG.SUBJECT_ID)));
            t.set(CHANGE_LOG.UNDOES_ID, changes.get(s.get(CHANGE_LOG.UNDOES_ID)));
            return true;
        });
        batch(CHANGE_FIELD, null, (s, t) -> remap(t, CHANGE_FIELD.CHANGE_ID, changes));
    }

    private Long subject(ChangeKind kind, Long subject) {
        return switch (kind) {
            case MEMBER_CREATED, MEMBER_EDITED -> maps.members().get(subject);
            case EVENT_RECORDED, EVENT_DELETED, EVENT_RESTORED, UNDONE -> maps.events().get(subject);
            case DISCIPLINE_RECORDED -> disciplines.get(subject);
            default -> null;
        };
    }

    // ------------------------------------------------------------------ row rules

    /** What to write for a source row (filling {@code target}); false leaves the row out. */
    @FunctionalInterface
    private interface Rule<R extends Record> {
        boolean apply(R source, R target);
    }

    /** The field's id translated; false (row left out) when its row did not come here. */
    private static <R extends Record> boolean remap(R target, TableField<R, Long> field, IdMap map) {
        Long id = map.get(target.get(field));
        target.set(field, id);
        return id != null;
    }

    /** Like {@link #remap}, but a reference that did not come here is left empty. */
    private static <R extends Record> boolean remapOrNull(R target, TableField<R, Long> field, IdMap map) {
        target.set(field, map.get(target.get(field)));
        return true;
    }

    /** A row a person has once per key: a person already here keeps theirs. */
    private <R extends Record> boolean once(R source, R target, TableField<R, Long> member, Condition sameKey) {
        Long sourceId = source.get(member);
        if (!remap(target, member, maps.members())) {
            return false;
        }
        return !maps.joined().containsKey(sourceId)
                || !to.fetchExists(member.getTable(), member.eq(target.get(member)).and(sameKey));
    }

    /** A keyed record of a person (rating, badge, fee): here's is kept unless the clerk chose the source's. */
    private <R extends Record> boolean keyed(R source, R target, TableField<R, Long> member, String field,
                                             Condition sameKey) {
        Long sourceId = source.get(member);
        if (!remap(target, member, maps.members())) {
            return false;
        }
        Joined joined = maps.joined().get(sourceId);
        if (joined == null) {
            return true;
        }
        Condition existing = member.eq(target.get(member)).and(sameKey);
        if (!to.fetchExists(member.getTable(), existing)) {
            return true;
        }
        if (!joined.factsFromThere().contains(field)) {
            return false;
        }
        to.deleteFrom(member.getTable()).where(existing).execute();
        return true;
    }

    // ------------------------------------------------------------------ copying

    /** Rows whose ids nothing refers to: inserted in batches, ids (if any) given here. */
    private <R extends Record> void batch(Table<R> table, Condition where, Rule<R> rule) {
        List<Field<?>> fields = insertedFields(table);
        List<Column<Record, ?>> columns = new ArrayList<>();
        fields.forEach(field -> columns.add(column(field)));
        List<Record> rows = new ArrayList<>();
        try (Cursor<R> cursor = from.selectFrom(table).where(where == null ? DSL.noCondition() : where)
                .fetchSize(BATCH).fetchLazy()) {
            int handled = 0;
            for (R source : cursor) {
                R target = to.newRecord(table, source);
                if (rule.apply(source, target)) {
                    rows.add(target);
                }
                if (++handled == BATCH) {
                    flush(table, columns, rows, handled);
                    handled = 0;
                }
            }
            flush(table, columns, rows, handled);
        }
    }

    private void flush(Table<?> table, List<Column<Record, ?>> columns, List<Record> rows, int handled) {
        JdbcBatch.insert(to, table, columns, rows);
        rows.clear();
        step.done(handled);
    }

    /** Rows others refer to: inserted one by one for the id the database gives, remembered in {@code ids}. */
    private <R extends Record> void oneByOne(Table<R> table, TableField<R, Long> id, IdMap ids, Rule<R> rule) {
        List<Field<?>> fields = insertedFields(table);
        try (Cursor<R> cursor = from.selectFrom(table).orderBy(id).fetchSize(BATCH).fetchLazy()) {
            int handled = 0;
            for (R source : cursor) {
                R target = to.newRecord(table, source);
                if (rule.apply(source, target)) {
                    Map<Field<?>, Object> values = new LinkedHashMap<>();
                    fields.forEach(field -> values.put(field, target.get(field)));
                    ids.put(source.get(id), to.insertInto(table).set(values).returning(id).fetchOne(id));
                }
                if (++handled == BATCH) {
                    step.done(handled);
                    handled = 0;
                }
            }
            step.done(handled);
        }
    }

    /** Every column but a generated id: the database numbers the rows here. */
    private static List<Field<?>> insertedFields(Table<?> table) {
        Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
        return java.util.Arrays.stream(table.fields()).filter(f -> !f.equals(identity)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Column<Record, ?> column(Field<?> field) {
        Field<Object> typed = (Field<Object>) field;
        return Column.of(typed, row -> row.get(typed));
    }
}
