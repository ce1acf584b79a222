package vn.dangvu.logic.importing;

import java.util.List;
import vn.dangvu.model.NumberFormats;

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
                "Đảng viên mới: " + NumberFormats.count(newMembers),
                "Đảng viên cập nhật: " + NumberFormats.count(updatedMembers) + " (không thay đổi: " + NumberFormats.count(unchangedMembers) + ")",
                "Sự kiện thêm vào lịch sử: " + NumberFormats.count(newEvents),
                "Chi bộ mới: " + NumberFormats.count(newBranches) + " (cập nhật: " + NumberFormats.count(updatedBranches) + ")",
                "Xếp loại đảng viên: " + NumberFormats.count(memberRatings),
                "Xếp loại chi bộ: " + NumberFormats.count(branchRatings));
    }
}
