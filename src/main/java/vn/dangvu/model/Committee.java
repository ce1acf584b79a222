package vn.dangvu.model;

/**
 * The party committee the database belongs to, as its documents name it.
 *
 * @param name          "Đảng bộ xã Hải Yến"
 * @param placeName     for the date line: "Hải Yến, ngày … tháng … năm …"
 * @param superiorName  the higher committee for the header, e.g. "Đảng bộ huyện Tiên Yên"; may be null
 */
public record Committee(String name, String placeName, String superiorName) {

    public Committee {
        name = PersonName.clean(name);
        placeName = PersonName.clean(placeName);
        superiorName = Decision.blankToNull(superiorName);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Chưa nhập tên Đảng bộ.");
        }
        if (placeName.isEmpty()) {
            throw new IllegalArgumentException("Chưa nhập địa danh ghi ở dòng ngày tháng của văn bản.");
        }
    }
}
