package vn.dangvu.logic.meeting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import vn.dangvu.model.meeting.MeetingLengthRules;

/** Reads the office's table of minimum meeting lengths ({@code resources/rules/…}). */
public final class MeetingLengthRuleTable {

    public static final String RESOURCE = "/rules/meeting-minimum-length.csv";

    private MeetingLengthRuleTable() {
    }

    public static MeetingLengthRules load() {
        try (InputStream in = MeetingLengthRuleTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu bảng thời lượng sinh hoạt " + RESOURCE + " trong chương trình.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return MeetingLengthRules.parse(reader.lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
