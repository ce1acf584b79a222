package vn.dangvu.ui.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.meeting.MeetingService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceCounts;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.meeting.MeetingTimes;
import vn.dangvu.model.meeting.Roster;
import vn.dangvu.model.meeting.RosterCounts;
import vn.dangvu.model.meeting.RosterLine;
import vn.dangvu.model.meeting.Speech;
import vn.dangvu.model.meeting.Vote;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Recording a meeting's minutes: the texts, the discussion by speaker, the vote, and the
 * attendance grid of the people the register says must attend on the typed day. The counts
 * and the length warning follow what is typed; nothing is saved until every field makes sense.
 */
public final class MeetingFormViewModel {

    private final MeetingService service;
    private final MeetingService meetingService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;

    final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.REGULAR);
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty startTime = new SimpleStringProperty("");
    final StringProperty endTime = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty chair = new SimpleStringProperty("");
    final StringProperty secretary = new SimpleStringProperty("");
    final StringProperty guests = new SimpleStringProperty("");
    final StringProperty agenda = new SimpleStringProperty("");
    final StringProperty topic = new SimpleStringProperty("");
    final StringProperty previousReview = new SimpleStringProperty("");
    final StringProperty content = new SimpleStringProperty("");
    final StringProperty conclusion = new SimpleStringProperty("");
    final StringProperty resolution = new SimpleStringProperty("");
    final StringProperty votesAgree = new SimpleStringProperty("");
    final StringProperty votesDisagree = new SimpleStringProperty("");
    final StringProperty votesAbstain = new SimpleStringProperty("");

    private final ObservableList<AttendanceRow> attendance = FXCollections.observableArrayList();
    private final ObservableList<SpeechRow> speeches = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lengthWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Ghi biên bản sinh hoạt chi bộ");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);

    private Branch branch;
    private Long meetingId;
    private int version;
    private List<RegisterEntry> people = List.of();
    private Roster roster;

    public MeetingFormViewModel(MeetingService meetingService, Background background, DialogService dialogs,
                                String userName) {
        this.meetingService = meetingService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.service = meetingService;
        date.addListener((o, a, b) -> rebuildRoster());
        for (Observable o : new Observable[] {kind, date, startTime, endTime}) {
            o.addListener(x -> updateLengthWarning());
        }
    }

    /** An empty form for the branch on a day; the branch's people load in the background. */
    public void startNew(Branch forBranch, LocalDate day) {
        branch = forBranch;
        meetingId = null;
        title.set("Ghi biên bản sinh hoạt — " + forBranch.name());
        long id = forBranch.id();
        background.run(() -> service.branchPeople(id), loaded -> {
            people = loaded;
            date.set(DateFormats.format(day));
            rebuildRoster();
            ready.set(true);
        }, this::failedToLoad);
    }

    /** The form filled from a recorded meeting. */
    public void edit(Branch forBranch, long id) {
        branch = forBranch;
        title.set("Sửa biên bản sinh hoạt — " + forBranch.name());
        background.run(() -> new Loaded(service.load(id), service.branchPeople(forBranch.id())), loaded -> {
            people = loaded.people();
            fill(loaded.meeting());
            ready.set(true);
        }, this::failedToLoad);
    }

    private record Loaded(Meeting meeting, List<RegisterEntry> people) {
    }

    private void failedToLoad(Throwable error) {
        dialogs.showError("Biên bản sinh hoạt", DialogService.messageOf(error));
    }

    private void fill(Meeting m) {
        meetingId = m.id();
        version = m.version();
        kind.set(m.kind());
        startTime.set(MeetingTimes.format(m.startsAt()));
        endTime.set(MeetingTimes.format(m.endsAt()));
        place.set(text(m.place()));
        chair.set(text(m.chair()));
        secretary.set(text(m.secretary()));
        guests.set(text(m.guests()));
        agenda.set(text(m.agenda()));
        topic.set(text(m.topic()));
        previousReview.set(text(m.previousReview()));
        content.set(text(m.content()));
        conclusion.set(text(m.conclusion()));
        resolution.set(text(m.resolution()));
        votesAgree.set(m.vote() == null ? "" : String.valueOf(m.vote().agree()));
        votesDisagree.set(m.vote() == null ? "" : String.valueOf(m.vote().disagree()));
        votesAbstain.set(m.vote() == null ? "" : String.valueOf(m.vote().abstain()));
        speeches.setAll(m.discussion().stream().map(s -> new SpeechRow(s.speaker(), s.text())).toList());
        date.set(DateFormats.format(m.date()));
        rebuildRoster();
        Map<Long, Attendance> marks = new HashMap<>();
        m.attendance().forEach(a -> marks.put(a.memberId(), a));
        for (AttendanceRow row : attendance) {
            Attendance a = marks.get(row.memberId());
            if (a != null) {
                row.markProperty().set(a.mark());
                row.reasonProperty().set(text(a.reason()));
            }
        }
        updateCounts();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The grid follows the typed day; marks already given to people still on it are kept. */
    private void rebuildRoster() {
        if (branch == null) {
            return;
        }
        Optional<LocalDate> day = DateFormats.parse(date.get());
        if (day.isEmpty()) {
            return;
        }
        roster = Roster.of(branch.id(), day.get(), people);
        Map<Long, AttendanceRow> previous = new HashMap<>();
        attendance.forEach(r -> previous.put(r.memberId(), r));
        List<AttendanceRow> rows = new ArrayList<>();
        int number = 1;
        for (RosterLine line : roster.required()) {
            AttendanceRow row = new AttendanceRow(number++, line);
            AttendanceRow before = previous.get(line.memberId());
            if (before != null) {
                row.markProperty().set(before.markProperty().get());
                row.reasonProperty().set(before.reasonProperty().get());
            }
            row.markProperty().addListener((o, a, b) -> updateCounts());
            rows.add(row);
        }
        attendance.setAll(rows);
        updateCounts();
    }

    private void updateCounts() {
        if (roster == null) {
            countsText.set("");
            return;
        }
        RosterCounts c = roster.counts();
        AttendanceCounts a = roster.attendance(marks());
        StringBuilder text = new StringBuilder();
        text.append("Đảng viên của chi bộ: ").append(c.total()).append(" (chính thức ").append(c.official())
                .append(", dự bị ").append(c.probationary()).append(")");
        if (c.exempt() > 0) {
            text.append(" · miễn sinh hoạt ").append(c.exempt());
        }
        if (c.away() > 0) {
            text.append(" · sinh hoạt tạm thời nơi khác ").append(c.away());
        }
        text.append(" · phải dự ").append(c.required()).append(" · có mặt ").append(a.present())
                .append(" · vắng có lý do ").append(a.excused().size())
                .append(" · vắng không lý do ").append(a.unexcused().size());
        if (c.hosted() > 0) {
            text.append(" · sinh hoạt tạm thời tại chi bộ có mặt ").append(a.presentHosted()).append("/")
                    .append(c.hosted());
        }
        countsText.set(text.toString());
    }

    private List<Attendance> marks() {
        return attendance.stream().map(r -> new Attendance(r.memberId(), r.markProperty().get(),
                r.reasonProperty().get())).toList();
    }

    private void updateLengthWarning() {
        Optional<LocalDate> day = DateFormats.parse(date.get());
        Optional<LocalTime> start = MeetingTimes.parse(startTime.get());
        Optional<LocalTime> end = MeetingTimes.parse(endTime.get());
        lengthWarning.set(day.isEmpty() || start.isEmpty() || end.isEmpty() ? ""
                : service.lengthRules().shortfall(kind.get(), day.get(), start.get(), end.get()).orElse(""));
    }

    /** Marks every row present (the usual case, before marking the absent). */
    public void markAllPresent() {
        attendance.forEach(r -> r.markProperty().set(AttendanceMark.PRESENT));
    }

    public void addSpeech() {
        speeches.add(new SpeechRow("", ""));
    }

    public void removeSpeech(SpeechRow row) {
        speeches.remove(row);
    }

    // ------------------------------------------------------------------ saving

    /** Checks the form; saves in the background and calls back with the saved meeting when it is valid. */
    public void save(Consumer<Meeting> onSaved) {
        Optional<Meeting> meeting = validate();
        if (meeting.isEmpty()) {
            return;
        }
        String who = userName;
        background.run(saving, () -> service.save(meeting.get(), who), onSaved, error -> {
            String field = error instanceof RecordRejected rejected && rejected.field() != null ? rejected.field()
                    : "date";
            errors.clear();
            errors.put(field, DialogService.messageOf(error));
        });
    }

    /** The meeting the form describes, or empty with the reasons in {@link #errors()}. */
    Optional<Meeting> validate() {
        Map<String, String> found = new LinkedHashMap<>();
        Optional<LocalDate> day = DateFormats.parse(date.get());
        if (day.isEmpty()) {
            found.put("date", date.get().isBlank() ? "Chưa nhập ngày sinh hoạt."
                    : "Ngày \"" + date.get().strip() + "\" không đúng dạng dd/MM/yyyy.");
        }
        LocalTime start = time(startTime.get(), "startTime", "Giờ bắt đầu", found);
        LocalTime end = time(endTime.get(), "endTime", "Giờ kết thúc", found);
        if (start != null && end != null && !end.isAfter(start)) {
            found.put("endTime", "Giờ kết thúc " + MeetingTimes.format(end) + " phải sau giờ bắt đầu "
                    + MeetingTimes.format(start) + ".");
        }
        if (kind.get() == null) {
            found.put("kind", "Chọn loại buổi sinh hoạt.");
        } else if (kind.get().thematic() && topic.get().isBlank()) {
            found.put("topic", "Buổi sinh hoạt chuyên đề cần ghi chuyên đề.");
        }
        Vote vote = vote(found);
        for (AttendanceRow row : attendance) {
            if (row.markProperty().get() == AttendanceMark.ABSENT_EXCUSED && row.reasonProperty().get().isBlank()) {
                found.putIfAbsent("attendance", "Chưa ghi lý do vắng của đồng chí " + row.name() + ".");
            }
        }
        List<Speech> discussion = new ArrayList<>();
        for (SpeechRow row : speeches) {
            if (row.speakerProperty().get().isBlank() && row.textProperty().get().isBlank()) {
                continue;
            }
            if (row.speakerProperty().get().isBlank()) {
                found.putIfAbsent("speeches", "Ý kiến thảo luận \"" + shorten(row.textProperty().get())
                        + "\" chưa ghi tên người phát biểu.");
                continue;
            }
            discussion.add(new Speech(row.speakerProperty().get(), row.textProperty().get()));
        }
        errors.clear();
        errors.putAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(meetingId, version, branch.id(), kind.get(), day.get(), start, end, place.get(),
                chair.get(), secretary.get(), guests.get(), agenda.get(), topic.get(), previousReview.get(),
                content.get(), discussion, conclusion.get(), resolution.get(), vote, marks()));
    }

    private static String shorten(String text) {
        String line = text.strip();
        return line.length() > 30 ? line.substring(0, 30) + "…" : line;
    }

    private static LocalTime time(String text, String field, String label, Map<String, String> found) {
        if (text == null || text.isBlank()) {
            found.put(field, "Chưa nhập " + label.toLowerCase(java.util.Locale.ROOT) + ".");
            return null;
        }
        Optional<LocalTime> time = MeetingTimes.parse(text);
        if (time.isEmpty()) {
            found.put(field, label + " \"" + text.strip() + "\" không đúng dạng giờ:phút, ví dụ 07:30.");
            return null;
        }
        return time.get();
    }

    /** All three counts or none. */
    private Vote vote(Map<String, String> found) {
        String[] texts = {votesAgree.get(), votesDisagree.get(), votesAbstain.get()};
        String[] fields = {"votesAgree", "votesDisagree", "votesAbstain"};
        boolean any = false;
        int[] numbers = new int[3];
        for (int i = 0; i < 3; i++) {
            String t = texts[i] == null ? "" : texts[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            any = true;
            try {
                numbers[i] = Integer.parseInt(t);
                if (numbers[i] < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                found.put(fields[i], "Số biểu quyết \"" + t + "\" phải là số không âm.");
                return null;
            }
        }
        if (!any) {
            return null;
        }
        if (votesAgree.get().isBlank()) {
            found.put("votesAgree", "Ghi số tán thành (và số không tán thành, ý kiến khác nếu có).");
            return null;
        }
        return new Vote(numbers[0], numbers[1], numbers[2]);
    }

    // ------------------------------------------------------------------ for the view

    public ObservableList<AttendanceRow> attendance() {
        return attendance;
    }

    public ObservableList<SpeechRow> speeches() {
        return speeches;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lengthWarningProperty() {
        return lengthWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }
}
