package vn.dangvu.model.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/** A change log line as a Vietnamese sentence: "18/03/2026: chuyển từ Chi bộ A sang Chi bộ B". */
public final class ChangeSentences {

    /** The facts stored for a change of membership events (beside the member's columns). */
    public static final String EVENT_TYPE = "event_type";
    public static final String EVENT_DATE = "event_date";
    public static final String BRANCH = "branch";
    public static final String STATUS = "status";
    public static final String OTHER_ORGANISATION = "other_organisation";

    private static final String EMPTY = "(trống)";

    /** The member's columns as the form names them, in the form's order. */
    private static final Map<String, String> MEMBER_LABELS = labels(
            "family_name", "Họ", "middle_name", "Tên đệm", "given_name", "Tên", "birth_name", "Họ tên khai sinh",
            "sex", "Giới tính", "birth_date", "Ngày sinh", "birth_place", "Nơi sinh", "home_town", "Quê quán",
            "permanent_address", "Nơi thường trú", "temporary_address", "Nơi tạm trú", "ethnicity", "Dân tộc",
            "religion", "Tôn giáo", "occupation", "Nghề nghiệp", "card_number", "Số thẻ đảng viên",
            "profile_number", "Số lý lịch", "citizen_id", "Số CCCD", "general_education", "Giáo dục phổ thông",
            "professional_level", "Chuyên môn", "academic_title", "Học hàm, học vị",
            "political_theory", "Lý luận chính trị", "foreign_language", "Ngoại ngữ", "it_level", "Tin học",
            "youth_union_date", "Ngày vào Đoàn", "introducers", "Người giới thiệu",
            "army_enlisted_on", "Ngày nhập ngũ", "army_discharged_on", "Ngày xuất ngũ", "health", "Sức khỏe",
            "war_invalid_grade", "Thương binh hạng", "family_merit", "Gia đình chính sách", "awards", "Khen thưởng",
            "note", "Ghi chú");

    private ChangeSentences() {
    }

    public static String of(Change change) {
        return switch (change.kind()) {
            case MEMBER_CREATED -> "Tạo hồ sơ" + (change.summary() == null ? "" : ": " + change.summary());
            case MEMBER_EDITED -> "Sửa hồ sơ: " + edits(change.fields());
            case EVENT_RECORDED -> event(change.fields());
            case EVENT_DELETED -> "Xóa sự kiện ghi nhầm (vào thùng rác): " + event(change.fields());
            case EVENT_RESTORED -> "Khôi phục từ thùng rác: " + event(change.fields());
            case UNDONE -> "Hoàn tác: " + change.summary();
            case DISCIPLINE_RECORDED -> "Kỷ luật: " + change.summary();
            case RECORD_SAVED, EXPORTED, PRINTED, PAPER_ADDED, PAPER_REPLACED, PAPER_REMOVED, PAPER_RESTORED ->
                    change.summary();
        };
    }

    /** "18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát". */
    public static String event(List<FieldChange> facts) {
        Map<String, FieldChange> fact = new HashMap<>();
        facts.forEach(f -> fact.put(f.field(), f));
        MembershipEventType type = MembershipEventType.valueOf(fact.get(EVENT_TYPE).newValue());
        String from = old(fact, BRANCH);
        String to = now(fact, BRANCH);
        String other = now(fact, OTHER_ORGANISATION);
        String phrase = switch (type) {
            case BRANCH_MOVED -> "chuyển" + (from == null ? "" : " từ " + from) + " sang " + to;
            case ADMITTED -> "kết nạp" + (to == null ? "" : " vào " + to);
            case READMITTED -> "kết nạp lại" + (to == null ? "" : " vào " + to);
            case TRANSFERRED_IN -> "chuyển đến " + to + (other == null ? "" : " từ " + other);
            case TRANSFERRED_OUT -> "chuyển đi" + (other == null ? "" : " " + other)
                    + (from == null ? "" : " (rời " + from + ")");
            case HOSTING_STARTED -> "tiếp nhận sinh hoạt tạm thời tại " + to;
            default -> lowerFirst(type.label()) + statusChange(old(fact, STATUS), now(fact, STATUS));
        };
        return date(now(fact, EVENT_DATE)) + ": " + phrase;
    }

    private static String old(Map<String, FieldChange> facts, String name) {
        FieldChange f = facts.get(name);
        return f == null ? null : f.oldValue();
    }

    private static String now(Map<String, FieldChange> facts, String name) {
        FieldChange f = facts.get(name);
        return f == null ? null : f.newValue();
    }

    /** " (Dự bị → Chính thức)" where the event changed the status; the phrases above already say it. */
    private static String statusChange(String from, String to) {
        return to == null || to.equals(from) ? "" : " (" + (from == null ? EMPTY : from) + " → " + to + ")";
    }

    private static String edits(List<FieldChange> fields) {
        return fields.stream().filter(f -> MEMBER_LABELS.containsKey(f.field()) && f.changed())
                .map(f -> MEMBER_LABELS.get(f.field()) + " " + value(f.field(), f.oldValue()) + " → "
                        + value(f.field(), f.newValue()))
                .collect(Collectors.joining("; "));
    }

    /** A stored value as the clerk reads it; CCCD numbers stay masked as in the lists. */
    static String value(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        return switch (field) {
            case "sex" -> ("F".equals(raw) ? Sex.FEMALE : Sex.MALE).label();
            case "political_theory" -> PoliticalTheory.valueOf(raw).label();
            case "citizen_id" -> raw.length() < 6 ? raw
                    : raw.substring(0, 1) + "xx****xx" + raw.substring(raw.length() - 2);
            default -> field.endsWith("_date") || field.endsWith("_on") ? date(raw) : raw;
        };
    }

    private static String date(String iso) {
        try {
            return DateFormats.format(LocalDate.parse(iso));
        } catch (DateTimeParseException | NullPointerException e) {
            return iso == null ? EMPTY : iso;
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
