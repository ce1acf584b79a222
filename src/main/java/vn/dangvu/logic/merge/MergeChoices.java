package vn.dangvu.logic.merge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangvu.model.merge.Side;

/**
 * What the clerk decided: where each source branch goes, whether each person found only by an
 * uncertain match is the same person, and which side is right for each contradiction.
 *
 * @param branchMap     source branch name → name here (an existing branch: into it; another name: created)
 * @param uncertain     source person id → true to join, false to keep apart
 * @param uncertainAll  the decision for every uncertain pair not decided one by one; null: none
 * @param settled       source person id → contradiction field → the side that is right
 */
public record MergeChoices(Map<String, String> branchMap, Map<Long, Boolean> uncertain, Boolean uncertainAll,
                           Map<Long, Map<String, Side>> settled) {

    public static final MergeChoices NONE = new MergeChoices(Map.of(), Map.of(), null, Map.of());

    public MergeChoices {
        branchMap = Map.copyOf(branchMap);
        uncertain = Map.copyOf(uncertain);
        settled = Map.copyOf(settled);
    }

    public MergeChoices withBranchMap(Map<String, String> map) {
        return new MergeChoices(new LinkedHashMap<>(map), uncertain, uncertainAll, settled);
    }

    public MergeChoices withUncertain(long sourcePersonId, boolean join) {
        Map<Long, Boolean> decided = new HashMap<>(uncertain);
        decided.put(sourcePersonId, join);
        return new MergeChoices(branchMap, decided, uncertainAll, settled);
    }

    public MergeChoices withUncertainAll(Boolean join) {
        return new MergeChoices(branchMap, uncertain, join, settled);
    }

    public MergeChoices withSettled(long sourcePersonId, String field, Side right) {
        Map<Long, Map<String, Side>> all = new HashMap<>(settled);
        Map<String, Side> person = new HashMap<>(all.getOrDefault(sourcePersonId, Map.of()));
        person.put(field, right);
        all.put(sourcePersonId, Map.copyOf(person));
        return new MergeChoices(branchMap, uncertain, uncertainAll, all);
    }

    /** Whether an uncertain pair is joined: true, false, or null while undecided. */
    Boolean joins(long sourcePersonId) {
        return uncertain.getOrDefault(sourcePersonId, uncertainAll);
    }
}
