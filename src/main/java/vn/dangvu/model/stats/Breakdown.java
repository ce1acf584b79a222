package vn.dangvu.model.stats;

import java.util.List;

/**
 * Biểu 4 — counts by a named attribute (ethnicity, religion), one row per name found in
 * either period, largest first. Names differing only in case or diacritics are one row.
 */
public record Breakdown(List<Row> rows) {

    public record Row(String label, Figure figure) {
    }

    public Breakdown {
        rows = List.copyOf(rows);
    }
}
