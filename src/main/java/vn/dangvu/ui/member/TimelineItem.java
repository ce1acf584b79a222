package vn.dangvu.ui.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MembershipEvent;

/** One event as the timeline shows it; {@code eventId} for deleting it as an entry mistake. */
public record TimelineItem(String date, String title, String details, Long eventId) {

    static TimelineItem of(MembershipEvent e, Map<Long, String> branchNames) {
        List<String> parts = new ArrayList<>();
        if (e.branchId() != null) {
            parts.add(branchNames.getOrDefault(e.branchId(), "chi bộ #" + e.branchId()));
        }
        if (e.otherOrganisation().isKnown()) {
            String where = e.otherOrganisation().name();
            if (e.otherOrganisation().district() != null) {
                where += ", " + e.otherOrganisation().district();
            }
            if (e.otherOrganisation().province() != null) {
                where += ", " + e.otherOrganisation().province();
            }
            parts.add("Nơi khác: " + where);
        }
        if (e.decision().number() != null || e.decision().date() != null) {
            String decision = "Quyết định" + (e.decision().number() == null ? "" : " số " + e.decision().number())
                    + (e.decision().date() == null ? "" : " ngày " + DateFormats.format(e.decision().date()));
            if (e.decision().issuingBody() != null) {
                decision += " của " + e.decision().issuingBody();
            }
            parts.add(decision);
        }
        if (e.note() != null) {
            parts.add(e.note());
        }
        if (!e.recordedBy().isEmpty()) {
            parts.add("Người ghi: " + e.recordedBy());
        }
        return new TimelineItem(DateFormats.format(e.date()), e.type().label(), String.join(" · ", parts), e.id());
    }
}
