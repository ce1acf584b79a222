package vn.dangvu.model.badge;

import java.time.LocalDate;

/** A member proposed before reaching the milestone: seriously ill, or posthumously (truy tặng). */
public record EarlyProposal(long memberId, LocalDate round, int milestone, BadgeKind kind) {

    public EarlyProposal {
        if (!kind.early()) {
            throw new IllegalArgumentException("Đề nghị sớm chỉ dành cho đảng viên ốm nặng hoặc truy tặng.");
        }
    }
}
