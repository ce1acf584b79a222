package vn.dangvu.logic.importing;

/**
 * One thing wrong or doubtful in the workbook, said where it is: sheet, row (as Excel numbers
 * it, 0 for the whole sheet) and column label (null for the whole row).
 */
public record ImportProblem(Severity severity, String sheet, int row, String column, String message) {

    /** Mức độ: an error blocks the import, a warning must be acknowledged. */
    public enum Severity {
        ERROR("Lỗi"),
        WARNING("Cảnh báo");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "Sheet 'Đảng viên', dòng 7, cột 'Ngày sinh'". */
    public String where() {
        StringBuilder where = new StringBuilder();
        if (sheet != null) {
            where.append("Sheet '").append(sheet).append('\'');
        }
        if (row > 0) {
            where.append(where.isEmpty() ? "Dòng " : ", dòng ").append(row);
        }
        if (column != null) {
            where.append(where.isEmpty() ? "Cột '" : ", cột '").append(column).append('\'');
        }
        return where.toString();
    }

    /** "Sheet 'Đảng viên', dòng 7, cột 'Ngày sinh': …". */
    public String format() {
        String where = where();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
