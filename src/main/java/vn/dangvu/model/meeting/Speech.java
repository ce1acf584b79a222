package vn.dangvu.model.meeting;

/** One contribution to the discussion: who spoke (a member or a guest, as written) and what they said. */
public record Speech(String speaker, String text) {

    public Speech {
        speaker = MeetingText.line(speaker);
        text = MeetingText.block(text);
        if (speaker == null) {
            throw new IllegalArgumentException("Ý kiến thảo luận phải ghi tên người phát biểu.");
        }
    }
}
