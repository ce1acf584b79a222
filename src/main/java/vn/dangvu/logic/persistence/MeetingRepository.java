package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEETING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static vn.dangvu.logic.persistence.jooq.Tables.MEETING_SPEECH;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.records.MeetingRecord;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.meeting.MeetingSummary;
import vn.dangvu.model.meeting.Speech;
import vn.dangvu.model.meeting.Vote;

/** Meetings with their discussion and attendance; summaries and marks for lists and reports in one query each. */
public final class MeetingRepository {

    /** One mark at one meeting, for reports over many meetings. */
    public record Mark(long meetingId, long branchId, LocalDate date, long memberId, AttendanceMark mark) {
    }

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Meeting> find(long id) {
        Optional<MeetingRecord> record = dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional();
        if (record.isEmpty()) {
            return Optional.empty();
        }
        List<Speech> speeches = dsl.selectFrom(MEETING_SPEECH).where(MEETING_SPEECH.MEETING_ID.eq(id))
                .orderBy(MEETING_SPEECH.POSITION).fetch(r -> new Speech(r.getSpeaker(), r.getSpeech()));
        List<Attendance> attendance = dsl.selectFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(id))
                .fetch(r -> new Attendance(r.getMemberId(), AttendanceMark.valueOf(r.getMark()), r.getReason()));
        return Optional.of(toMeeting(record.get(), speeches, attendance));
    }

    public Meeting insert(Meeting meeting, String recordedBy) {
        MeetingRecord record = dsl.newRecord(MEETING);
        fill(record, meeting);
        record.setRecordedBy(recordedBy == null ? "" : recordedBy);
        record.store();
        storeDetails(record.getId(), meeting);
        return meeting.withId(record.getId(), 0);
    }

    /** Replaces the meeting when nobody changed it since it was read (version check), else refuses. */
    public Meeting update(Meeting meeting) {
        MeetingRecord record = dsl.newRecord(MEETING);
        fill(record, meeting);
        record.setVersion(meeting.version() + 1);
        record.setUpdatedAt(LocalDateTime.now());
        int updated = dsl.update(MEETING).set(record)
                .where(MEETING.ID.eq(meeting.id()), MEETING.VERSION.eq(meeting.version())).execute();
        if (updated == 0) {
            throw new StaleRecordException("Biên bản sinh hoạt ngày " + vn.dangvu.model.DateFormats.format(meeting.date()));
        }
        dsl.deleteFrom(MEETING_SPEECH).where(MEETING_SPEECH.MEETING_ID.eq(meeting.id())).execute();
        dsl.deleteFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(meeting.id())).execute();
        storeDetails(meeting.id(), meeting);
        return meeting.withId(meeting.id(), meeting.version() + 1);
    }

    public void delete(long id) {
        dsl.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
    }

    /** The branch's meetings between two days (inclusive), oldest first, with their attendance counts. */
    public List<MeetingSummary> summaries(long branchId, LocalDate from, LocalDate to) {
        return summaries(MEETING.BRANCH_ID.eq(branchId).and(MEETING.MEETING_DATE.between(from, to)));
    }

    /** Every branch's meetings between two days (inclusive). */
    public List<MeetingSummary> summaries(LocalDate from, LocalDate to) {
        return summaries(MEETING.MEETING_DATE.between(from, to));
    }

    private List<MeetingSummary> summaries(Condition condition) {
        Field<Integer> marked = DSL.count(MEETING_ATTENDANCE.MEMBER_ID).as("marked");
        Field<Integer> present = DSL.count(MEETING_ATTENDANCE.MEMBER_ID)
                .filterWhere(MEETING_ATTENDANCE.MARK.eq(AttendanceMark.PRESENT.name())).as("present");
        Field<Integer> unexcused = DSL.count(MEETING_ATTENDANCE.MEMBER_ID)
                .filterWhere(MEETING_ATTENDANCE.MARK.eq(AttendanceMark.ABSENT_UNEXCUSED.name())).as("unexcused");
        return dsl.select(MEETING.ID, MEETING.BRANCH_ID, MEETING.KIND, MEETING.MEETING_DATE, MEETING.STARTS_AT,
                        MEETING.ENDS_AT, marked, present, unexcused)
                .from(MEETING).leftJoin(MEETING_ATTENDANCE).on(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))
                .where(condition)
                .groupBy(MEETING.ID, MEETING.BRANCH_ID, MEETING.KIND, MEETING.MEETING_DATE, MEETING.STARTS_AT,
                        MEETING.ENDS_AT)
                .orderBy(MEETING.MEETING_DATE, MEETING.ID)
                .fetch(r -> new MeetingSummary(r.value1(), r.value2(), MeetingKind.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** Every mark at the meetings between two days, of one branch or (branchId null) of all. */
    public List<Mark> marks(Long branchId, LocalDate from, LocalDate to) {
        return marks(branchId, from, to, null);
    }

    /** The marks of one kind (mark null: all) at the meetings between two days. */
    public List<Mark> marks(Long branchId, LocalDate from, LocalDate to, AttendanceMark only) {
        Condition condition = MEETING.MEETING_DATE.between(from, to);
        if (branchId != null) {
            condition = condition.and(MEETING.BRANCH_ID.eq(branchId));
        }
        if (only != null) {
            condition = condition.and(MEETING_ATTENDANCE.MARK.eq(only.name()));
        }
        List<Mark> marks = new ArrayList<>();
        try (var cursor = dsl.select(MEETING.ID, MEETING.BRANCH_ID, MEETING.MEETING_DATE, MEETING_ATTENDANCE.MEMBER_ID,
                        MEETING_ATTENDANCE.MARK)
                .from(MEETING).join(MEETING_ATTENDANCE).on(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))
                .where(condition).orderBy(MEETING.MEETING_DATE).fetchSize(5000).fetchLazy()) {
            for (Record r : cursor) {
                marks.add(new Mark(r.get(MEETING.ID), r.get(MEETING.BRANCH_ID), r.get(MEETING.MEETING_DATE),
                        r.get(MEETING_ATTENDANCE.MEMBER_ID), AttendanceMark.valueOf(r.get(MEETING_ATTENDANCE.MARK))));
            }
        }
        return marks;
    }

    private void storeDetails(long meetingId, Meeting meeting) {
        var speeches = dsl.insertInto(MEETING_SPEECH, MEETING_SPEECH.MEETING_ID, MEETING_SPEECH.POSITION,
                MEETING_SPEECH.SPEAKER, MEETING_SPEECH.SPEECH);
        for (int i = 0; i < meeting.discussion().size(); i++) {
            Speech s = meeting.discussion().get(i);
            speeches = speeches.values(meetingId, i + 1, s.speaker(), s.text());
        }
        if (!meeting.discussion().isEmpty()) {
            speeches.execute();
        }
        var marks = dsl.insertInto(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID, MEETING_ATTENDANCE.MEMBER_ID,
                MEETING_ATTENDANCE.MARK, MEETING_ATTENDANCE.REASON);
        for (Attendance a : meeting.attendance()) {
            marks = marks.values(meetingId, a.memberId(), a.mark().name(), a.reason());
        }
        if (!meeting.attendance().isEmpty()) {
            marks.execute();
        }
    }

    private static void fill(MeetingRecord r, Meeting m) {
        r.setBranchId(m.branchId());
        r.setKind(m.kind().name());
        r.setMeetingDate(m.date());
        r.setStartsAt(m.startsAt());
        r.setEndsAt(m.endsAt());
        r.setPlace(m.place());
        r.setChair(m.chair());
        r.setSecretary(m.secretary());
        r.setGuests(m.guests());
        r.setAgenda(m.agenda());
        r.setTopic(m.topic());
        r.setPreviousReview(m.previousReview());
        r.setContent(m.content());
        r.setConclusion(m.conclusion());
        r.setResolution(m.resolution());
        r.setVotesAgree(m.vote() == null ? null : m.vote().agree());
        r.setVotesDisagree(m.vote() == null ? null : m.vote().disagree());
        r.setVotesAbstain(m.vote() == null ? null : m.vote().abstain());
    }

    private static Meeting toMeeting(MeetingRecord r, List<Speech> speeches, List<Attendance> attendance) {
        Vote vote = r.getVotesAgree() == null ? null
                : new Vote(r.getVotesAgree(), nz(r.getVotesDisagree()), nz(r.getVotesAbstain()));
        return new Meeting(r.getId(), r.getVersion(), r.getBranchId(), MeetingKind.valueOf(r.getKind()),
                r.getMeetingDate(), r.getStartsAt(), r.getEndsAt(), r.getPlace(), r.getChair(), r.getSecretary(),
                r.getGuests(), r.getAgenda(), r.getTopic(), r.getPreviousReview(), r.getContent(), speeches,
                r.getConclusion(), r.getResolution(), vote, attendance);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
