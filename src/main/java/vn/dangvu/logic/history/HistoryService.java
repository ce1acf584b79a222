package vn.dangvu.logic.history;

import java.util.List;
import java.util.Map;
import vn.dangvu.logic.MemberChangeLog;
import vn.dangvu.logic.MemberWrites;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.MemberFieldChanges;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipRuleViolation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.history.Change;
import vn.dangvu.model.history.ChangeKind;
import vn.dangvu.model.history.ChangeSentences;
import vn.dangvu.model.history.DeletedEvent;
import vn.dangvu.model.history.HistoryLine;

/**
 * Never lose: the change history, the recycle bin (thùng rác) for events entered by mistake,
 * and undo (hoàn tác) of this session's own changes. Call from the task runner.
 */
public final class HistoryService {

    private final Database database;

    public HistoryService(Database database) {
        this.database = database;
    }

    /** What happened to the member's record, newest first, as sentences. */
    public List<HistoryLine> forMember(long memberId) {
        return database.read(r -> r.changes().forMember(memberId)).stream().map(HistoryLine::of).toList();
    }

    /** The latest lines of the whole log, exports and prints included, newest first, each naming its member. */
    public List<HistoryLine> recent(int limit) {
        return database.read(r -> {
            List<Change> changes = r.changes().recent(limit);
            Map<Long, PersonName> names = r.changes().namesOf(changes.stream().map(Change::memberId)
                    .filter(java.util.Objects::nonNull).distinct().toList());
            return changes.stream().map(c -> {
                HistoryLine line = HistoryLine.of(c);
                PersonName name = c.memberId() == null ? null : names.get(c.memberId());
                return name == null ? line : new HistoryLine(line.at(), line.who(), name.full() + " — " + line.sentence());
            }).toList();
        });
    }

    public List<DeletedEvent> recycleBin() {
        return database.read(r -> r.recycleBin().all());
    }

    /** Records that a document was written or printed (what and where, in words). */
    public void logOutput(ChangeKind kind, String summary) {
        database.write(r -> r.changes().record(kind, null, null, summary, List.of()));
    }

    /** Moves an event entered by mistake to the recycle bin, if the history still makes sense without it. */
    public void deleteEvent(long memberId, long eventId) {
        database.write(r -> {
            Binned rest = bin(r, memberId, eventId);
            MemberChangeLog.event(r, ChangeKind.EVENT_DELETED, memberId, rest.without(), rest.event());
            return null;
        });
    }

    /** Puts an event back from the recycle bin, if the history (as it is now) makes sense with it. */
    public void restoreEvent(long eventId) {
        database.write(r -> {
            DeletedEvent restored = unbin(r, eventId);
            MembershipHistory without = MembershipHistory.of(r.events().forMember(restored.memberId()).stream()
                    .filter(e -> e.id() != eventId).toList());
            MemberChangeLog.event(r, ChangeKind.EVENT_RESTORED, restored.memberId(), without, restored.event());
            return null;
        });
    }

    /**
     * Reverts this session's latest change not yet undone, in one transaction, and logs the undo.
     * Refused when another session changed the same record since. Returns what was undone.
     */
    public String undoLast() {
        return database.write(r -> {
            Change last = r.changes().lastUndoable().orElseThrow(() -> new RecordRejected(null,
                    "Không còn thay đổi nào của phiên làm việc này để hoàn tác."));
            String sentence = ChangeSentences.of(last);
            if (r.changes().changedElsewhereSince(last)) {
                throw refused(sentence, "hồ sơ đã được sửa ở nơi khác sau đó. Hãy mở lại hồ sơ để xem.");
            }
            try {
                switch (last.kind()) {
                    case MEMBER_EDITED -> revertEdit(r, last);
                    case EVENT_RECORDED, EVENT_RESTORED -> bin(r, last.memberId(), last.subjectId());
                    case EVENT_DELETED -> unbin(r, last.subjectId());
                    case PAPER_ADDED, PAPER_RESTORED -> r.papers().bin(last.subjectId());
                    case PAPER_REMOVED -> r.papers().unbin(last.subjectId());
                    case PAPER_REPLACED -> {
                        r.papers().bin(last.subjectId());
                        r.papers().replacedOne(last.subjectId()).ifPresent(r.papers()::unbin);
                    }
                    default -> throw new IllegalStateException("Không hoàn tác được loại thay đổi " + last.kind());
                }
            } catch (RecordRejected e) {
                throw refused(sentence, e.getMessage());
            }
            r.changes().recordUndo(last, sentence);
            return sentence;
        });
    }

    private static RecordRejected refused(String sentence, String reason) {
        return new RecordRejected(null, "Không hoàn tác được \"" + sentence + "\": " + lowerFirst(reason));
    }

    private static void revertEdit(Repositories r, Change edit) {
        Member current = member(r, edit.memberId());
        if (!Integer.toString(current.version()).equals(edit.newValue("version"))) {
            throw new RecordRejected(null, "hồ sơ đã được sửa ở nơi khác sau đó. Hãy mở lại hồ sơ để xem.");
        }
        Member reverted = MemberFieldChanges.revert(current, edit.fields());
        MemberWrites.checkIdentifiersFree(r, reverted);
        check(() -> MembershipHistory.of(r.events().forMember(reverted.id())).validate(reverted.birthDate()));
        r.members().update(reverted);
    }

    private record Binned(MembershipHistory without, MembershipEvent event) {
    }

    private static Binned bin(Repositories r, long memberId, long eventId) {
        Member member = member(r, memberId);
        List<MembershipEvent> events = r.events().forMember(memberId);
        MembershipEvent event = events.stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> new RecordRejected(null, "Sự kiện không còn trong hồ sơ (có thể đã được xóa)."));
        if (events.size() == 1) {
            throw new RecordRejected(null, "Không xóa được sự kiện duy nhất của hồ sơ " + member.name().full()
                    + ": hồ sơ phải có ngày vào Đảng hoặc ngày chuyển đến.");
        }
        MembershipHistory without = MembershipHistory.of(events.stream().filter(e -> e.id() != eventId).toList());
        check(() -> without.validate(member.birthDate()));
        MemberWrites.checkNotLeftInDissolvedBranch(r, without);
        r.recycleBin().put(eventId);
        return new Binned(without, event);
    }

    private static DeletedEvent unbin(Repositories r, long eventId) {
        DeletedEvent deleted = r.recycleBin().find(eventId)
                .orElseThrow(() -> new RecordRejected(null, "Sự kiện không còn trong thùng rác."));
        Member member = member(r, deleted.memberId());
        MembershipHistory current = MembershipHistory.of(r.events().forMember(member.id()));
        MembershipHistory with = check(() -> current.append(deleted.event(), member.birthDate()));
        MemberWrites.checkBranchOpen(r, deleted.event());
        MemberWrites.checkNotLeftInDissolvedBranch(r, with);
        r.recycleBin().restore(eventId);
        return deleted;
    }

    private static Member member(Repositories r, long memberId) {
        return r.members().find(memberId).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
    }

    /** A history rule broken by the deletion or restoration, as a refusal the screens show. */
    private static <T> T check(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (MembershipRuleViolation e) {
            throw new RecordRejected(null, "Lịch sử sinh hoạt sẽ không hợp lệ: " + lowerFirst(e.getMessage()));
        }
    }

    private static void check(Runnable rule) {
        check(() -> {
            rule.run();
            return null;
        });
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
