package vn.dangvu.ui.admission;

/** One printed line of a report table: a label and its figures already in Vietnamese format. */
public record ReportLine(String label, String first, String second, String third) {
}
