package vn.dangvu.logic.merge;

/**
 * Something that keeps a source from being merged until it is settled, by person and field.
 *
 * @param person "Trần Thị Mai (sinh 02/04/1970)", or "" for a branch
 * @param field  "Ngày vào Đảng", "Chi bộ", "Trùng người"…
 */
public record MergeProblem(String person, String field, String message) {
}
