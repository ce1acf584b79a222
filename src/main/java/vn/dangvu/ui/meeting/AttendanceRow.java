package vn.dangvu.ui.meeting;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.RosterLine;

/** One line of the attendance grid: a person required to attend and how they are marked. */
public final class AttendanceRow {

    private final int number;
    private final RosterLine person;
    private final ObjectProperty<AttendanceMark> mark = new SimpleObjectProperty<>(AttendanceMark.PRESENT);
    private final StringProperty reason = new SimpleStringProperty("");

    AttendanceRow(int number, RosterLine person) {
        this.number = number;
        this.person = person;
    }

    public int number() {
        return number;
    }

    public long memberId() {
        return person.memberId();
    }

    public String name() {
        return person.name().full();
    }

    /** "Chính thức", "Dự bị" or "Sinh hoạt tạm thời". */
    public String status() {
        return person.status().label();
    }

    public ObjectProperty<AttendanceMark> markProperty() {
        return mark;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
