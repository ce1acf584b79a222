package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.CHANGE_FIELD;
import static vn.dangvu.logic.persistence.jooq.Tables.CHANGE_LOG;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.ChangeLog;
import vn.dangvu.logic.persistence.jooq.tables.records.ChangeFieldRecord;
import vn.dangvu.logic.persistence.jooq.tables.records.ChangeLogRecord;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.history.Change;
import vn.dangvu.model.history.ChangeKind;
import vn.dangvu.model.history.FieldChange;

/** Nhật ký thay đổi: appended in the transaction of the change it describes, never updated. */
public final class ChangeLogRepository {

    private static final int SUMMARY_LENGTH = 1000;
    private static final int VALUE_LENGTH = 2000;

    private final DSLContext dsl;
    private final EditSession session;

    ChangeLogRepository(DSLContext dsl, EditSession session) {
        this.dsl = dsl;
        this.session = session;
    }

    /** The one recording API every service uses: a change by this session, with its fields old → new. */
    public long record(ChangeKind kind, Long memberId, Long subjectId, String summary, List<FieldChange> fields) {
        return insert(kind, memberId, subjectId, summary, null, fields);
    }

    /** That {@code undone} was reverted by this session; {@code summary} says what it was. */
    public long recordUndo(Change undone, String summary) {
        return insert(ChangeKind.UNDONE, undone.memberId(), undone.subjectId(), summary, undone.id(), List.of());
    }

    private long insert(ChangeKind kind, Long memberId, Long subjectId, String summary, Long undoesId,
                        List<FieldChange> fields) {
        ChangeLogRecord row = dsl.newRecord(CHANGE_LOG);
        row.setSessionId(session.id());
        row.setChangedBy(session.user());
        row.setKind(kind.name());
        row.setMemberId(memberId);
        row.setSubjectId(subjectId);
        row.setSummary(cut(summary, SUMMARY_LENGTH));
        row.setUndoesId(undoesId);
        row.store();
        List<ChangeFieldRecord> rows = new java.util.ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldChange f = fields.get(i);
            rows.add(new ChangeFieldRecord(row.getId(), i, f.field(), cut(f.oldValue(), VALUE_LENGTH),
                    cut(f.newValue(), VALUE_LENGTH)));
        }
        if (!rows.isEmpty()) {
            dsl.batchInsert(rows).execute();
        }
        return row.getId();
    }

    /** What happened to a member, newest first. */
    public List<Change> forMember(long memberId) {
        return where(CHANGE_LOG.MEMBER_ID.eq(memberId), Integer.MAX_VALUE);
    }

    /** The latest lines of the whole log (exports and prints included), newest first. */
    public List<Change> recent(int limit) {
        return where(DSL.trueCondition(), limit);
    }

    /** This session's latest change that Ctrl+Z can still revert. */
    public Optional<Change> lastUndoable() {
        ChangeLog undo = CHANGE_LOG.as("undo");
        List<String> kinds = java.util.Arrays.stream(ChangeKind.values()).filter(ChangeKind::undoable)
                .map(Enum::name).toList();
        return where(CHANGE_LOG.SESSION_ID.eq(session.id()).and(CHANGE_LOG.KIND.in(kinds))
                .andNotExists(DSL.selectOne().from(undo).where(undo.UNDOES_ID.eq(CHANGE_LOG.ID))), 1)
                .stream().findFirst();
    }

    /** Whether another session changed the same member after {@code change}: undo would overwrite it. */
    public boolean changedElsewhereSince(Change change) {
        return change.memberId() != null && dsl.fetchExists(CHANGE_LOG, CHANGE_LOG.MEMBER_ID.eq(change.memberId()),
                CHANGE_LOG.ID.gt(change.id()), CHANGE_LOG.SESSION_ID.ne(session.id()),
                CHANGE_LOG.KIND.notIn(ChangeKind.EXPORTED.name(), ChangeKind.PRINTED.name()));
    }

    /** The names of the people some log lines are about, in one query. */
    public Map<Long, PersonName> namesOf(Collection<Long> memberIds) {
        return dsl.select(MEMBER.ID, MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME).from(MEMBER)
                .where(MEMBER.ID.in(memberIds))
                .fetchMap(r -> r.get(MEMBER.ID), r -> new PersonName(r.get(MEMBER.FAMILY_NAME),
                        r.get(MEMBER.MIDDLE_NAME), r.get(MEMBER.GIVEN_NAME)));
    }

    /** Two queries whatever the number of lines: the lines, then all their fields. */
    private List<Change> where(Condition condition, int limit) {
        List<ChangeLogRecord> rows = dsl.selectFrom(CHANGE_LOG).where(condition).orderBy(CHANGE_LOG.ID.desc())
                .limit(limit).fetch();
        Map<Long, List<FieldChange>> fields = dsl.selectFrom(CHANGE_FIELD)
                .where(CHANGE_FIELD.CHANGE_ID.in(rows.stream().map(ChangeLogRecord::getId).toList()))
                .orderBy(CHANGE_FIELD.CHANGE_ID, CHANGE_FIELD.POSITION)
                .fetchGroups(CHANGE_FIELD.CHANGE_ID, f -> new FieldChange(f.getField(), f.getOldValue(), f.getNewValue()));
        return rows.stream().map(r -> new Change(r.getId(), ChangeKind.valueOf(r.getKind()), r.getChangedAt(),
                r.getChangedBy(), r.getSessionId(), r.getMemberId(), r.getSubjectId(), r.getSummary(), r.getUndoesId(),
                fields.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
