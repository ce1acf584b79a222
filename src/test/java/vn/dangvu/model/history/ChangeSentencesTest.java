package vn.dangvu.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The change log read as the clerk reads it on a member's page. */
class ChangeSentencesTest {

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(event("BRANCH_MOVED", "2026-03-18", "Chi bộ thôn Nà Pàn", "Chi bộ thôn Khòn Pát",
                        "Chính thức", "Chính thức", null),
                        "18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát"),
                Arguments.of(event("ADMITTED", "2005-06-01", null, "Chi bộ thôn Nà Pàn",
                        "Chưa sinh hoạt tại Đảng bộ", "Dự bị", null),
                        "01/06/2005: kết nạp vào Chi bộ thôn Nà Pàn"),
                Arguments.of(event("RECOGNIZED_OFFICIAL", "2006-06-01", "Chi bộ thôn Nà Pàn", "Chi bộ thôn Nà Pàn",
                        "Dự bị", "Chính thức", null),
                        "01/06/2006: công nhận đảng viên chính thức (Dự bị → Chính thức)"),
                Arguments.of(event("TRANSFERRED_OUT", "2024-09-02", "Chi bộ thôn Khòn Pát", null,
                        "Chính thức", "Đã chuyển đi", "Đảng bộ phường Cẩm Phả"),
                        "02/09/2024: chuyển đi Đảng bộ phường Cẩm Phả (rời Chi bộ thôn Khòn Pát)"),
                Arguments.of(event("TRANSFERRED_IN", "2020-01-15", null, "Chi bộ trường Tiểu học",
                        "Chưa sinh hoạt tại Đảng bộ", "Chính thức", "Đảng bộ xã Đông Ngũ"),
                        "15/01/2020: chuyển đến Chi bộ trường Tiểu học từ Đảng bộ xã Đông Ngũ"),
                Arguments.of(event("EXEMPTED", "2023-05-10", "Chi bộ thôn Nà Pàn", "Chi bộ thôn Nà Pàn",
                        "Chính thức", "Chính thức", null),
                        "10/05/2023: miễn công tác và sinh hoạt đảng"),
                Arguments.of(event("RESIGNED", "2023-05-10", "Chi bộ thôn Nà Pàn", null,
                        "Chính thức", "Đã ra khỏi Đảng", null),
                        "10/05/2023: xin ra khỏi Đảng (Chính thức → Đã ra khỏi Đảng)"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eventsReadAsDatedSentences(List<FieldChange> facts, String sentence) {
        assertEquals(sentence, ChangeSentences.of(change(ChangeKind.EVENT_RECORDED, null, facts)));
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of(List.of(new FieldChange("given_name", "An", "Ân")), "Sửa hồ sơ: Tên An → Ân"),
                Arguments.of(List.of(new FieldChange("birth_date", "1980-02-01", "1980-01-02"),
                        new FieldChange("version", "3", "4")), "Sửa hồ sơ: Ngày sinh 01/02/1980 → 02/01/1980"),
                Arguments.of(List.of(new FieldChange("card_number", null, "01234567")),
                        "Sửa hồ sơ: Số thẻ đảng viên (trống) → 01234567"),
                Arguments.of(List.of(new FieldChange("citizen_id", "022190001234", "022190004321")),
                        "Sửa hồ sơ: Số CCCD 0xx****xx34 → 0xx****xx21"),
                Arguments.of(List.of(new FieldChange("sex", "M", "F"), new FieldChange("political_theory", "NONE",
                        "INTERMEDIATE")), "Sửa hồ sơ: Giới tính Nam → Nữ; Lý luận chính trị Không → Trung cấp"));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void editsSayEachFieldOldToNew(List<FieldChange> fields, String sentence) {
        assertEquals(sentence, ChangeSentences.of(change(ChangeKind.MEMBER_EDITED, null, fields)));
    }

    static Stream<Arguments> others() {
        List<FieldChange> move = event("BRANCH_MOVED", "2026-03-18", "Chi bộ A", "Chi bộ B", null, null, null);
        return Stream.of(
                Arguments.of(change(ChangeKind.EVENT_DELETED, null, move),
                        "Xóa sự kiện ghi nhầm (vào thùng rác): 18/03/2026: chuyển từ Chi bộ A sang Chi bộ B"),
                Arguments.of(change(ChangeKind.EVENT_RESTORED, null, move),
                        "Khôi phục từ thùng rác: 18/03/2026: chuyển từ Chi bộ A sang Chi bộ B"),
                Arguments.of(change(ChangeKind.UNDONE, "Sửa hồ sơ: Tên An → Ân", List.of()),
                        "Hoàn tác: Sửa hồ sơ: Tên An → Ân"),
                Arguments.of(change(ChangeKind.EXPORTED, "Xuất Excel: Danh sách đảng viên (3 người) — tệp ds.xlsx",
                        List.of()), "Xuất Excel: Danh sách đảng viên (3 người) — tệp ds.xlsx"));
    }

    @ParameterizedTest
    @MethodSource("others")
    void deletionsRestoresUndosAndExportsSayWhatTheyWere(Change change, String sentence) {
        assertEquals(sentence, ChangeSentences.of(change));
    }

    private static List<FieldChange> event(String type, String date, String fromBranch, String toBranch,
                                           String fromStatus, String toStatus, String other) {
        List<FieldChange> facts = new ArrayList<>(List.of(new FieldChange(ChangeSentences.EVENT_TYPE, null, type),
                new FieldChange(ChangeSentences.EVENT_DATE, null, date),
                new FieldChange(ChangeSentences.BRANCH, fromBranch, toBranch),
                new FieldChange(ChangeSentences.STATUS, fromStatus, toStatus)));
        if (other != null) {
            facts.add(new FieldChange(ChangeSentences.OTHER_ORGANISATION, null, other));
        }
        return facts;
    }

    private static Change change(ChangeKind kind, String summary, List<FieldChange> fields) {
        return new Change(1, kind, LocalDateTime.of(2026, 11, 30, 9, 15), "thư ký", "s", 1L, 1L, summary, null,
                fields);
    }
}
