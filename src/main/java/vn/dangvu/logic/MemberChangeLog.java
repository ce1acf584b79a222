package vn.dangvu.logic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dangvu.logic.persistence.MemberFieldChanges;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.history.ChangeKind;
import vn.dangvu.model.history.ChangeSentences;
import vn.dangvu.model.history.FieldChange;

/**
 * What the change log keeps of the register's writes, in the writing transaction: an edit's
 * columns old → new, and for an event the facts its sentence needs (type, date, branch and status
 * before → after, named as they were then).
 */
public final class MemberChangeLog {

    private MemberChangeLog() {
    }

    public static void created(Repositories r, Member member, MembershipHistory history) {
        List<String> events = new ArrayList<>();
        MembershipHistory before = MembershipHistory.empty();
        for (MembershipEvent event : history.events()) {
            MembershipHistory after = MembershipHistory.of(append(before.events(), event));
            events.add(ChangeSentences.event(facts(r, before, after, event)));
            before = after;
        }
        r.changes().record(ChangeKind.MEMBER_CREATED, member.id(), member.id(),
                member.name().full() + "; " + String.join("; ", events), List.of());
    }

    /** Nothing is logged when the save changed no field. */
    public static void edited(Repositories r, Member before, Member after) {
        List<FieldChange> fields = new ArrayList<>(MemberFieldChanges.between(before, after));
        if (fields.isEmpty()) {
            return;
        }
        fields.add(new FieldChange("version", Integer.toString(before.version()), Integer.toString(after.version())));
        r.changes().record(ChangeKind.MEMBER_EDITED, after.id(), after.id(), null, fields);
    }

    /** An event recorded, deleted or restored; {@code without} is the rest of the member's history. */
    public static void event(Repositories r, ChangeKind kind, long memberId, MembershipHistory without, MembershipEvent event) {
        MembershipHistory with = MembershipHistory.of(append(without.events(), event));
        r.changes().record(kind, memberId, event.id(), null, facts(r, without, with, event));
    }

    /** A branch move whose sides are known (a merge moves everyone of a branch without replaying each history). */
    public static void moved(Repositories r, long memberId, MembershipEvent move, String from, String to) {
        r.changes().record(ChangeKind.EVENT_RECORDED, memberId, move.id(), null, List.of(
                new FieldChange(ChangeSentences.EVENT_TYPE, null, move.type().name()),
                new FieldChange(ChangeSentences.EVENT_DATE, null, move.date().toString()),
                new FieldChange(ChangeSentences.BRANCH, from, to)));
    }

    public static List<FieldChange> facts(Repositories r, MembershipHistory without, MembershipHistory with,
                                   MembershipEvent event) {
        MembershipState was = without.stateOn(event.date());
        MembershipState is = with.stateOn(event.date());
        Map<Long, String> names = new HashMap<>();
        List<FieldChange> facts = new ArrayList<>();
        facts.add(new FieldChange(ChangeSentences.EVENT_TYPE, null, event.type().name()));
        facts.add(new FieldChange(ChangeSentences.EVENT_DATE, null, event.date().toString()));
        facts.add(new FieldChange(ChangeSentences.BRANCH, name(r, names, was.branchId()), name(r, names, is.branchId())));
        facts.add(new FieldChange(ChangeSentences.STATUS, was.status().label(), is.status().label()));
        if (event.otherOrganisation().isKnown()) {
            facts.add(new FieldChange(ChangeSentences.OTHER_ORGANISATION, null, event.otherOrganisation().name()));
        }
        return facts;
    }

    private static String name(Repositories r, Map<Long, String> names, Long branchId) {
        return branchId == null ? null
                : names.computeIfAbsent(branchId, id -> r.branches().find(id).map(Branch::name).orElse("chi bộ #" + id));
    }

    private static List<MembershipEvent> append(List<MembershipEvent> events, MembershipEvent event) {
        return java.util.stream.Stream.concat(events.stream(), java.util.stream.Stream.of(event))
                .collect(Collectors.toList());
    }
}
