package vn.dangvu.logic.importing;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** What an import creates and changes, counted. */
public record ImportSummary(int newMembers, int updatedMembers, int unchangedMembers, int newEvents, int newBranches,
                            int updatedBranches, int memberRatings, int branchRatings) {

    /** True when the import would write nothing. */
    public boolean isEmpty() {
        return newMembers + updatedMembers + newEvents + newBranches + updatedBranches + memberRatings + branchRatings == 0;
    }

    /** "Đảng viên mới: 1.204" ... in Vietnamese number format. */
    public List<String> lines() {
        return List.of(
                "Đảng viên mới: " + number(newMembers),
                "Đảng viên cập nhật: " + number(updatedMembers) + " (không thay đổi: " + number(unchangedMembers) + ")",
                "Sự kiện thêm vào lịch sử: " + number(newEvents),
                "Chi bộ mới: " + number(newBranches) + " (cập nhật: " + number(updatedBranches) + ")",
                "Xếp loại đảng viên: " + number(memberRatings),
                "Xếp loại chi bộ: " + number(branchRatings));
    }

    /** 8.341: Vietnamese grouping. */
    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n);
    }
}
