package vn.dangvu.logic.importing;

import java.util.List;

/** What a row changes in a record that already exists, for the preview: "Nơi thường trú: … → …". */
public record ImportUpdate(String sheet, int row, String who, List<String> changes) {

    /** "Sheet 'Đảng viên', dòng 9, Nguyễn Văn An: Nơi thường trú: trống → "Thôn Đông"; thêm sự kiện Từ trần 01/02/2024". */
    public String format() {
        return "Sheet '" + sheet + "', dòng " + row + ", " + who + ": " + String.join("; ", changes);
    }
}
