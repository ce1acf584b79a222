package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Field;
import vn.dangvu.logic.persistence.jooq.tables.records.MemberRecord;
import vn.dangvu.model.Member;
import vn.dangvu.model.history.FieldChange;

/** A member's edit as column-by-column old → new text, and back: what the change log stores and undo uses. */
public final class MemberFieldChanges {

    /** Kept by the database, not edited by the clerk. */
    private static final Set<Field<?>> SYSTEM = Set.of(MEMBER.ID, MEMBER.VERSION, MEMBER.CREATED_AT, MEMBER.UPDATED_AT,
            MEMBER.NAME_SORT_KEY);

    /** By the lower-case column name the log stores ("birth_date"). */
    private static final Map<String, Field<?>> BY_NAME = Arrays.stream(MEMBER.fields())
            .collect(Collectors.toMap(MemberFieldChanges::name, f -> f));

    private MemberFieldChanges() {
    }

    /** The columns that differ, in table order; values as text (dates ISO, choices by code). */
    public static List<FieldChange> between(Member before, Member after) {
        MemberRecord old = MemberRepository.toRecord(before);
        MemberRecord now = MemberRepository.toRecord(after);
        List<FieldChange> changes = new ArrayList<>();
        for (Field<?> field : MEMBER.fields()) {
            String was = text(old.get(field));
            String is = text(now.get(field));
            if (!SYSTEM.contains(field) && !Objects.equals(was, is)) {
                changes.add(new FieldChange(name(field), was, is));
            }
        }
        return changes;
    }

    /** {@code current} with the changed columns set back to their old values (undo of an edit). */
    @SuppressWarnings("unchecked")
    public static Member revert(Member current, List<FieldChange> changes) {
        MemberRecord record = MemberRepository.toRecord(current);
        for (FieldChange change : changes) {
            Field<Object> field = (Field<Object>) BY_NAME.get(change.field());
            if (field != null && !SYSTEM.contains(field)) {
                record.set(field, field.getDataType().convert(change.oldValue()));
            }
        }
        return MemberRepository.toMember(record);
    }

    private static String name(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
