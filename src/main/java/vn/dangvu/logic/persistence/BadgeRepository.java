package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.logic.persistence.jooq.Tables.BADGE_EARLY;
import static vn.dangvu.logic.persistence.jooq.Tables.BADGE_EXCLUSION;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import vn.dangvu.model.Decision;
import vn.dangvu.model.badge.BadgeAward;
import vn.dangvu.model.badge.BadgeExclusion;
import vn.dangvu.model.badge.BadgeKind;
import vn.dangvu.model.badge.EarlyProposal;

/** What the clerk decided about badges; the candidates themselves are derived. */
public final class BadgeRepository {

    private final DSLContext dsl;

    BadgeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<BadgeAward> awards() {
        return dsl.selectFrom(BADGE_AWARD).orderBy(BADGE_AWARD.ID).fetch(r -> new BadgeAward(r.getMemberId(),
                r.getMilestone(), r.getRoundDate(), BadgeKind.valueOf(r.getKind()),
                new Decision(r.getDecisionNumber(), r.getDecisionDate(), r.getIssuingBody()), r.getBadgeNumber()));
    }

    public void insert(BadgeAward award, String recordedBy) {
        Decision d = award.decision();
        dsl.insertInto(BADGE_AWARD, BADGE_AWARD.MEMBER_ID, BADGE_AWARD.MILESTONE, BADGE_AWARD.ROUND_DATE, BADGE_AWARD.KIND,
                        BADGE_AWARD.DECISION_NUMBER, BADGE_AWARD.DECISION_DATE, BADGE_AWARD.ISSUING_BODY,
                        BADGE_AWARD.BADGE_NUMBER, BADGE_AWARD.RECORDED_BY)
                .values(award.memberId(), award.milestone(), award.round(), award.kind().name(), d.number(), d.date(),
                        d.issuingBody(), award.badgeNumber(), recordedBy)
                .execute();
    }

    /** Whether a badge number is already on another award (numbers are unique on the badges). */
    public boolean badgeNumberUsed(String badgeNumber) {
        return dsl.fetchExists(BADGE_AWARD, BADGE_AWARD.BADGE_NUMBER.eq(badgeNumber));
    }

    public List<BadgeExclusion> exclusions(LocalDate round) {
        return dsl.selectFrom(BADGE_EXCLUSION).where(BADGE_EXCLUSION.ROUND_DATE.eq(round))
                .fetch(r -> new BadgeExclusion(r.getMemberId(), r.getRoundDate(), r.getMilestone(), r.getReason()));
    }

    public void insert(BadgeExclusion exclusion, String recordedBy) {
        dsl.insertInto(BADGE_EXCLUSION, BADGE_EXCLUSION.MEMBER_ID, BADGE_EXCLUSION.ROUND_DATE, BADGE_EXCLUSION.MILESTONE,
                        BADGE_EXCLUSION.REASON, BADGE_EXCLUSION.RECORDED_BY)
                .values(exclusion.memberId(), exclusion.round(), exclusion.milestone(), exclusion.reason(), recordedBy)
                .execute();
    }

    /** Takes a candidate back into the proposal. Returns whether there was an exclusion. */
    public boolean deleteExclusion(long memberId, LocalDate round, int milestone) {
        return dsl.deleteFrom(BADGE_EXCLUSION).where(BADGE_EXCLUSION.MEMBER_ID.eq(memberId),
                BADGE_EXCLUSION.ROUND_DATE.eq(round), BADGE_EXCLUSION.MILESTONE.eq(milestone)).execute() > 0;
    }

    public List<EarlyProposal> proposals(LocalDate round) {
        return dsl.selectFrom(BADGE_EARLY).where(BADGE_EARLY.ROUND_DATE.eq(round))
                .fetch(r -> new EarlyProposal(r.getMemberId(), r.getRoundDate(), r.getMilestone(),
                        BadgeKind.valueOf(r.getKind())));
    }

    public void insert(EarlyProposal proposal, String recordedBy) {
        dsl.insertInto(BADGE_EARLY, BADGE_EARLY.MEMBER_ID, BADGE_EARLY.ROUND_DATE, BADGE_EARLY.MILESTONE,
                        BADGE_EARLY.KIND, BADGE_EARLY.RECORDED_BY)
                .values(proposal.memberId(), proposal.round(), proposal.milestone(), proposal.kind().name(), recordedBy)
                .execute();
    }
}
