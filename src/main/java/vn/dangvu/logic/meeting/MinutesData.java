package vn.dangvu.logic.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dangvu.model.meeting.Absence;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceCounts;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingTimes;
import vn.dangvu.model.meeting.Minutes;
import vn.dangvu.model.meeting.RosterCounts;
import vn.dangvu.model.meeting.RosterLine;
import vn.dangvu.model.meeting.Speech;

/**
 * The values of the template's tags for one biên bản. A blank form gets short dotted gaps for
 * numbers and whole dotted lines (a tab to the template's dotted tab stop) for text.
 */
final class MinutesData {

    /** A short gap to write a number or a time in. */
    static final String GAP = "……";
    /** One line to write on: the paragraph's dotted tab stop draws it to the margin. */
    static final String LINE = "\t";

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Minutes minutes;
    private final Meeting meeting;
    private final boolean blank;

    MinutesData(Minutes minutes) {
        this.minutes = minutes;
        this.meeting = minutes.meeting();
        this.blank = minutes.blank();
    }

    Map<String, Object> toMap() {
        Map<String, Object> data = new HashMap<>();
        data.put("committee", minutes.committee().name().toUpperCase(VI));
        data.put("branch", branchHeading(minutes.branchName()));
        data.put("dateLine", dateLine());
        data.put("kindTitle", minutes.kind().title());
        data.put("monthNumber", String.valueOf(minutes.month().getMonthValue()));
        data.put("year", String.valueOf(minutes.month().getYear()));
        data.put("thematic", minutes.kind().thematic());
        data.put("topic", blank ? LINE : orLine(meeting.topic()));

        data.put("startTime", blank ? GAP + " giờ " + GAP + " phút" : time(meeting.startsAt()));
        data.put("meetingDate", blank ? GAP + " tháng " + monthText(minutes.month().getMonthValue()) + " năm "
                + minutes.month().getYear() : dayMonthYear(meeting.date()));
        data.put("place", blank ? LINE : orLine(meeting.place()));
        data.put("chair", blank ? LINE : orLine(meeting.chair()));
        data.put("secretary", blank ? LINE : orLine(meeting.secretary()));
        data.put("guests", blank ? LINE : orLine(meeting.guests()));

        RosterCounts counts = minutes.counts();
        data.put("total", String.valueOf(counts.total()));
        data.put("official", String.valueOf(counts.official()));
        data.put("probationary", String.valueOf(counts.probationary()));
        data.put("exempt", String.valueOf(counts.exempt()));
        data.put("away", String.valueOf(counts.away()));
        data.put("required", String.valueOf(counts.required()));
        data.put("hosted", String.valueOf(counts.hosted()));
        data.put("hasHosted", counts.hosted() > 0);
        AttendanceCounts attendance = minutes.attendance();
        data.put("present", blank ? GAP : String.valueOf(attendance.present()));
        data.put("presentOfficial", blank ? GAP : String.valueOf(attendance.presentOfficial()));
        data.put("presentProbationary", blank ? GAP : String.valueOf(attendance.presentProbationary()));
        data.put("presentHosted", blank ? GAP : String.valueOf(attendance.presentHosted()));
        data.put("excused", blank ? GAP + " đồng chí, gồm:" + LINE + "\n" + LINE : absences(attendance.excused(), true));
        data.put("unexcused", blank ? GAP + " đồng chí, gồm:" + LINE : absences(attendance.unexcused(), false));
        data.put(MinutesPrinter.MEMBERS, memberRows());

        data.put("agenda", blank ? lines(2) : orLines(meeting.agenda(), 2));
        data.put("previousReview", blank ? lines(6) : orLines(meeting.previousReview(), 2));
        data.put("content", blank ? lines(8) : orLines(meeting.content(), 2));
        data.put("discussion", blank ? lines(10) : discussion(meeting.discussion()));
        data.put("conclusion", blank ? lines(6) : orLines(meeting.conclusion(), 2));
        data.put("resolution", blank ? lines(5) : orLines(meeting.resolution(), 2));
        boolean voted = !blank && meeting.vote() != null;
        data.put("agree", voted ? String.valueOf(meeting.vote().agree()) : GAP);
        data.put("disagree", voted ? String.valueOf(meeting.vote().disagree()) : GAP);
        data.put("abstain", voted ? String.valueOf(meeting.vote().abstain()) : GAP);
        data.put("endTime", blank ? GAP + " giờ " + GAP + " phút" : time(meeting.endsAt()));
        data.put("chairName", blank || meeting.chair() == null ? "" : meeting.chair());
        data.put("secretaryName", blank || meeting.secretary() == null ? "" : meeting.secretary());
        return data;
    }

    /** "Chi bộ thôn Nà Pàn" → "CHI BỘ THÔN NÀ PÀN"; a name without "Chi bộ" gets it. */
    static String branchHeading(String branchName) {
        String upper = branchName.toUpperCase(VI);
        return upper.startsWith("CHI BỘ") ? upper : "CHI BỘ " + upper;
    }

    /** "Hải Yến, ngày 05 tháng 3 năm 2026"; a blank form leaves the day open. */
    private String dateLine() {
        String place = minutes.committee().placeName();
        if (blank) {
            return place + ", ngày " + GAP + " tháng " + monthText(minutes.month().getMonthValue()) + " năm "
                    + minutes.month().getYear();
        }
        return place + ", ngày " + dayMonthYear(meeting.date());
    }

    /** Days below 10 and the months 1 and 2 take a leading zero in documents: "05 tháng 02 năm 2026". */
    static String dayMonthYear(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth()) + " tháng " + monthText(date.getMonthValue()) + " năm "
                + date.getYear();
    }

    static String monthText(int month) {
        return month <= 2 ? "0" + month : String.valueOf(month);
    }

    private static String time(java.time.LocalTime time) {
        return time == null ? GAP + " giờ " + GAP + " phút" : MeetingTimes.spoken(time);
    }

    private static String lines(int count) {
        return String.join("\n", java.util.Collections.nCopies(count, LINE));
    }

    private static String orLine(String text) {
        return text == null ? LINE : text;
    }

    private static String orLines(String text, int count) {
        return text == null ? lines(count) : text;
    }

    private static String absences(List<Absence> absences, boolean withReason) {
        if (absences.isEmpty()) {
            return "không.";
        }
        String names = absences.stream().map(a -> "đồng chí " + a.person().name().full()
                        + (withReason && a.reason() != null ? " (" + a.reason() + ")" : ""))
                .collect(Collectors.joining("; "));
        return absences.size() + " đồng chí: " + names + ".";
    }

    private static String discussion(List<Speech> speeches) {
        if (speeches.isEmpty()) {
            return lines(3);
        }
        return speeches.stream().map(s -> "- " + s.speaker() + ": " + (s.text() == null ? "" : s.text()))
                .collect(Collectors.joining("\n"));
    }

    /** One row per person on the list, marked with × when the minutes were recorded. */
    private List<Map<String, String>> memberRows() {
        Map<Long, Attendance> marks = new HashMap<>();
        if (!blank) {
            meeting.attendance().forEach(a -> marks.put(a.memberId(), a));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        int number = 1;
        for (RosterLine line : minutes.roster().lines()) {
            Map<String, String> row = new HashMap<>();
            row.put("stt", String.valueOf(number++));
            row.put("name", line.name().full());
            row.put("status", line.shortStatus());
            Attendance mark = line.required() ? marks.get(line.memberId()) : null;
            row.put("present", tick(mark, AttendanceMark.PRESENT));
            row.put("excused", tick(mark, AttendanceMark.ABSENT_EXCUSED));
            row.put("unexcused", tick(mark, AttendanceMark.ABSENT_UNEXCUSED));
            String note = line.note();
            if (mark != null && mark.reason() != null) {
                note = note.isEmpty() ? mark.reason() : note + "; " + mark.reason();
            }
            row.put("note", note);
            rows.add(row);
        }
        return rows;
    }

    private static String tick(Attendance mark, AttendanceMark column) {
        return mark != null && mark.mark() == column ? "×" : "";
    }
}
