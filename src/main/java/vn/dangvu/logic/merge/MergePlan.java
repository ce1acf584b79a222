package vn.dangvu.logic.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.merge.BranchAction;
import vn.dangvu.model.merge.BranchDecision;
import vn.dangvu.model.merge.BranchPlan;
import vn.dangvu.model.merge.Contradiction;
import vn.dangvu.model.merge.FormerUnit;
import vn.dangvu.model.merge.HistoryJoin;
import vn.dangvu.model.merge.JoinInput;
import vn.dangvu.model.merge.JoinedHistory;
import vn.dangvu.model.merge.PersonMatch;
import vn.dangvu.model.merge.Side;

/**
 * What merging a source would do with the clerk's choices so far (DOMAIN.md §17): where each branch
 * goes, who is joined with a record here and how their timelines join, the uncertain pairs and
 * their decisions, the figures, and every problem left. It is ready when no problem is left;
 * nothing is written before. Computed from a {@link MergePreview} without reading again, so the
 * window recomputes it at each choice.
 */
public final class MergePlan {

    /** A person of the source joined with a record here. */
    public record JoinedPerson(PersonMatch match, JoinedHistory joined) {
    }

    /**
     * A contradiction of a person joined, open or settled, for the clerk to settle or change.
     *
     * @param sourcePersonId the person's id in the source (how {@link MergeChoices} names them)
     * @param right          the side the clerk found right, null while open
     */
    public record PersonContradiction(long sourcePersonId, String person, Contradiction contradiction, Side right) {
    }

    /** An uncertain pair and what the clerk decided: true join, false apart, null not yet. */
    public record UncertainPair(PersonMatch match, Boolean join) {
    }

    final MergePreview preview;
    final MergeChoices choices;
    final BranchPlan branches;
    /** A source branch joined into another (by provisional id) → the branch it joins. */
    final Map<Long, Long> intoOnJoin;
    final Map<Long, JoinedPerson> joined;
    private final List<UncertainPair> uncertain;
    private final List<MergeProblem> problems;
    private final MergeCounts counts;

    private MergePlan(MergePreview preview, MergeChoices choices, BranchPlan branches, Map<Long, Long> intoOnJoin,
                      Map<Long, JoinedPerson> joined, List<UncertainPair> uncertain, List<MergeProblem> problems) {
        this.preview = preview;
        this.choices = choices;
        this.branches = branches;
        this.intoOnJoin = intoOnJoin;
        this.joined = joined;
        this.uncertain = List.copyOf(uncertain);
        this.problems = List.copyOf(problems);
        this.counts = counts(preview, joined.size(), uncertain.size());
    }

    static MergePlan of(MergePreview preview, MergeChoices choices) {
        FormerUnit unit = preview.unit;
        BranchPlan branches = BranchPlan.of(preview.sourceBranches, preview.hereBranches, choices.branchMap(),
                unit.name(), unit.joinedOn());
        List<MergeProblem> problems = new ArrayList<>();
        preview.mergedBefore.ifPresent(before -> problems.add(new MergeProblem("", "Đảng bộ cũ", before.name()
                + " đã được gộp vào ngày " + DateFormats.format(before.joinedOn()) + "; gộp lần nữa sẽ chép sinh hoạt,"
                + " xếp loại, đảng phí… hai lần. Nếu lần trước sai, hãy khôi phục bản sao lưu tự động trước lần gộp đó"
                + " rồi gộp lại.")));
        Map<Long, Long> into = new HashMap<>();
        for (BranchDecision d : branches.decisions()) {
            if (d.problem() != null) {
                problems.add(new MergeProblem("", d.from().name(), d.problem()));
            } else if (d.action() == BranchAction.INTO) {
                into.put(provisional(d.from().id()), d.intoHere() != null ? d.intoHere() : provisional(d.intoSource()));
            }
        }
        Map<Long, JoinedPerson> joined = new LinkedHashMap<>();
        List<UncertainPair> uncertain = new ArrayList<>();
        Map<Long, Long> joinedHere = new HashMap<>();
        for (MergePreview.Pair pair : preview.pairs.values().stream()
                .sorted(java.util.Comparator.comparingLong(p -> p.match().there().id())).toList()) {
            PersonMatch match = pair.match();
            long there = match.there().id();
            Boolean join = match.certain() ? Boolean.TRUE : choices.joins(there);
            if (!match.certain()) {
                uncertain.add(new UncertainPair(match, join));
            }
            String person = match.there().describe();
            if (join == null) {
                problems.add(new MergeProblem(person, "Trùng người", "Có thể là " + match.here().describe()
                        + " đã có (" + match.reason().toLowerCase(java.util.Locale.ROOT)
                        + "): chưa chọn gộp làm một người hay để riêng."));
            } else if (!join) {
                keptApart(match, person, problems);
            } else {
                Long other = joinedHere.put(match.here().id(), there);
                if (other != null) {
                    problems.add(new MergeProblem(person, "Trùng người", "Hai hồ sơ trong nguồn cùng khớp với "
                            + match.here().describe() + "; hãy sửa nguồn hoặc để riêng một trong hai."));
                }
                JoinedHistory history = HistoryJoin.join(new JoinInput(preview.hereName, pair.here(),
                        pair.hereEvents(), unit.name(), pair.there(), provisional(pair.thereEvents()), pair.attendance(),
                        pair.facts(), choices.settled().getOrDefault(there, Map.of())), unit.joinedOn(), into);
                history.open().forEach(c -> problems.add(new MergeProblem(person, c.field(), c.message())));
                history.recycled().stream().filter(e -> pair.hereEventsWithLetters().contains(e.id())).forEach(e ->
                        problems.add(new MergeProblem(person, e.type().label(), "Sự kiện ngày "
                                + vn.dangvu.model.DateFormats.format(e.date()) + " có thư trong Sổ giới thiệu sinh hoạt"
                                + " đảng nên không bỏ được; hãy chọn bên kia.")));
                joined.put(there, new JoinedPerson(match, history));
            }
        }
        return new MergePlan(preview, choices, branches, into, joined, uncertain, problems);
    }

    /** Two different people may not share a card number. */
    private static void keptApart(PersonMatch match, String person, List<MergeProblem> problems) {
        String card = match.there().cardNumber();
        if (card != null && card.equals(match.here().cardNumber())) {
            problems.add(new MergeProblem(person, "Số thẻ đảng viên", "Cùng số thẻ " + card + " với "
                    + match.here().describe() + ": hai người khác nhau không thể cùng số thẻ; hãy gộp làm một"
                    + " hoặc sửa số thẻ trong nguồn."));
        }
    }

    private static MergeCounts counts(MergePreview preview, int joined, int uncertain) {
        int members = 0;
        int official = 0;
        int probationary = 0;
        int exempt = 0;
        for (MergePreview.SourcePerson person : preview.people) {
            if (person.onJoin().countsInPartyStrength()) {
                members++;
                official += person.onJoin().status() == MemberStatus.OFFICIAL ? 1 : 0;
                probationary += person.onJoin().status() == MemberStatus.PROBATIONARY ? 1 : 0;
                exempt += person.onJoin().exempt() ? 1 : 0;
            }
        }
        return new MergeCounts(preview.people.size() - joined, joined, uncertain, members, official, probationary, exempt);
    }

    /** Every source branch gets a record here; until it has its id, the source's id negated stands for it. */
    static long provisional(long sourceBranchId) {
        return -sourceBranchId;
    }

    static List<MembershipEvent> provisional(List<MembershipEvent> events) {
        return events.stream().map(e -> e.branchId() == null ? e : new MembershipEvent(e.id(), e.type(), e.date(),
                provisional(e.branchId()), e.decision(), e.otherOrganisation(), e.note(), e.recordedBy())).toList();
    }

    public FormerUnit unit() {
        return preview.unit;
    }

    public String sourceFile() {
        return preview.sourceFile;
    }

    public MergeChoices choices() {
        return choices;
    }

    public List<BranchDecision> branches() {
        return branches.decisions();
    }

    public List<UncertainPair> uncertain() {
        return uncertain;
    }

    /** The people joined with a record here, in the source's order. */
    public List<JoinedPerson> joined() {
        return List.copyOf(joined.values());
    }

    /** Every contradiction of the people joined, person by person: the open ones and those settled. */
    public List<PersonContradiction> contradictions() {
        List<PersonContradiction> all = new ArrayList<>();
        joined.forEach((id, person) -> {
            String who = person.match().there().describe();
            person.joined().open().forEach(c -> all.add(new PersonContradiction(id, who, c, null)));
            person.joined().settled().forEach(s -> all.add(new PersonContradiction(id, who, s.contradiction(), s.right())));
        });
        return all;
    }

    public List<MergeProblem> problems() {
        return problems;
    }

    public MergeCounts counts() {
        return counts;
    }

    public boolean ready() {
        return problems.isEmpty();
    }

    /** The preview it was computed from (to compute it again with other choices). */
    public MergePreview preview() {
        return preview;
    }
}
