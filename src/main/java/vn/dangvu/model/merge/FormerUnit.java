package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangvu.model.PersonName;

/**
 * A former unit (đảng bộ xã cũ) whose records were merged in: its members came under this
 * committee on the join date (DOMAIN.md §17).
 */
public record FormerUnit(String name, LocalDate joinedOn) {

    public FormerUnit {
        name = PersonName.clean(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Chưa nhập tên đảng bộ cũ (ví dụ \"Đảng bộ xã Hải Hà\").");
        }
        Objects.requireNonNull(joinedOn, "joinedOn");
    }
}
