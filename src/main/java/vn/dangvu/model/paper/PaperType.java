package vn.dangvu.model.paper;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of paper in a member's file, from the office's list (rules/ho-so-dang-vien.csv).
 *
 * @param code what the command line takes and the database stores: lower case, digits, '-'
 * @param name the paper's name as the file and the screens say it
 */
public record PaperType(String code, String name, PaperNeed need) {

    /** The photo (ảnh 3×4 or 4×6) printed on the Phiếu đảng viên. */
    public static final String PHOTO = "anh";

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public PaperType {
        Objects.requireNonNull(need, "need");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("mã giấy tờ \"" + code + "\" chỉ gồm chữ thường không dấu, chữ số và"
                    + " dấu gạch ngang (tối đa 40 ký tự).");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("giấy tờ " + code + " thiếu tên.");
        }
        name = name.strip();
    }

    public boolean photo() {
        return PHOTO.equals(code);
    }

    @Override
    public String toString() {
        return name;
    }
}
