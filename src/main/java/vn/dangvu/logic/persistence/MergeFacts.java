package vn.dangvu.logic.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The names of the records a person has at most one of per key (DOMAIN.md §17): the field a
 * contradiction between two former units' records of them is listed under, and the key the
 * merge copies by. One place, so the list of contradictions and the copy agree.
 */
public final class MergeFacts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private MergeFacts() {
    }

    public static String rating(int year) {
        return "Xếp loại năm " + year;
    }

    public static String badge(int milestone) {
        return "Huy hiệu " + milestone + " năm tuổi Đảng";
    }

    public static String fee(LocalDate month) {
        return "Đảng phí tháng " + month.format(MONTH);
    }

    public static String feeBasis() {
        return "Cách tính đảng phí";
    }
}
