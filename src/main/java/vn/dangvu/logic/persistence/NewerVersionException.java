package vn.dangvu.logic.persistence;

import java.util.Set;

/** Data written by a newer version of Đảng Vụ: this one does not know part of its structure. */
public final class NewerVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NewerVersionException(Set<String> unknownVersions) {
        super("Dữ liệu này do một phiên bản Đảng Vụ mới hơn ghi (cấu trúc phiên bản " + String.join(", ", unknownVersions)
                + "); hãy cập nhật Đảng Vụ lên phiên bản mới nhất rồi làm lại.");
    }
}
