package vn.dangvu.model.badge;

import java.time.LocalDate;

/** A candidate the clerk left out of a round's proposal, with the reason (chưa đề nghị). */
public record BadgeExclusion(long memberId, LocalDate round, int milestone, String reason) {

    public BadgeExclusion {
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("Ghi lý do không đề nghị tặng huy hiệu.");
        }
    }
}
