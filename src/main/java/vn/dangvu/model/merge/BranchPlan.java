package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.Branch;
import vn.dangvu.model.VietnameseText;

/**
 * Where every branch of a source goes (DOMAIN.md §17): as a new branch, into a branch here on the
 * join date, or under a new name. The map says it per source branch (a name that exists here:
 * into it; another name: created). A branch the map does not name keeps its name when that name
 * is free here; when it is taken that is a problem: a branch is never joined silently. A branch
 * already dissolved before the join date only comes as history; if its name is taken here it
 * gets the former unit's name in brackets. Names are compared ignoring case, diacritics and the
 * words "Chi bộ".
 */
public final class BranchPlan {

    private final List<BranchDecision> decisions;

    private BranchPlan(List<BranchDecision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    /**
     * @param map  source branch name → the name here it goes to, as the clerk gave it
     * @param unit the former unit's name ("Đảng bộ xã Hải Hà")
     */
    public static BranchPlan of(List<SourceBranch> source, List<Branch> here, Map<String, String> map, String unit,
                                LocalDate joinDate) {
        return new Planner(here, map, unit, joinDate).plan(source);
    }

    /**
     * What the window proposes before the clerk decides: a free name is kept; a taken one gets the
     * former unit's name in brackets (the clerk may choose to join instead).
     */
    public static Map<String, String> suggestions(List<SourceBranch> source, List<Branch> here, String unit) {
        Map<String, Branch> taken = new HashMap<>();
        here.forEach(b -> taken.put(key(b.name()), b));
        Map<String, String> map = new LinkedHashMap<>();
        for (SourceBranch branch : source) {
            map.put(branch.name(), taken.containsKey(key(branch.name())) ? bracketed(branch.name(), unit) : branch.name());
        }
        return map;
    }

    public List<BranchDecision> decisions() {
        return decisions;
    }

    public List<BranchDecision> problems() {
        return decisions.stream().filter(d -> d.problem() != null).toList();
    }

    /** "Chi bộ thôn Nà Pàn", "THÔN NÀ PÀN" and "chi bo thon na pan" are one name. */
    public static String key(String name) {
        String folded = VietnameseText.fold(name);
        return folded.startsWith("chi bo ") ? folded.substring("chi bo ".length()) : folded;
    }

    /** "Chi bộ thôn 1 (xã Hải Hà)": the unit's name without "Đảng bộ". */
    public static String bracketed(String name, String unit) {
        String shortUnit = VietnameseText.fold(unit).startsWith("dang bo ") ? unit.substring("Đảng bộ ".length()) : unit;
        return name + " (" + shortUnit + ")";
    }

    /** Decides branch by branch, remembering the names taken here and those this plan creates. */
    private static final class Planner {
        private final Map<String, Branch> hereByKey = new HashMap<>();
        private final Map<String, SourceBranch> createdByKey = new HashMap<>();
        /** Every name given here: the branches here, those created, and the records of branches joined into another. */
        private final java.util.Set<String> used = new java.util.HashSet<>();
        private final Map<String, String> map = new HashMap<>();
        private final String unit;
        private final LocalDate joinDate;

        Planner(List<Branch> here, Map<String, String> map, String unit, LocalDate joinDate) {
            here.forEach(b -> hereByKey.putIfAbsent(key(b.name()), b));
            used.addAll(hereByKey.keySet());
            map.forEach((from, to) -> this.map.put(key(from), to));
            this.unit = unit;
            this.joinDate = joinDate;
        }

        /** Free names first, so that the map may send a branch into another of the same source. */
        BranchPlan plan(List<SourceBranch> source) {
            Map<Long, BranchDecision> decisions = new LinkedHashMap<>();
            source.forEach(b -> decisions.put(b.id(), null));
            source.stream().filter(b -> !map.containsKey(key(b.name())) && !used.contains(key(b.name())))
                    .forEach(b -> decisions.put(b.id(), create(b, BranchAction.NEW, b.name())));
            source.stream().filter(b -> map.containsKey(key(b.name()))).forEach(b -> decisions.put(b.id(), mapped(b)));
            source.stream().filter(b -> decisions.get(b.id()) == null).forEach(b -> decisions.put(b.id(), taken(b)));
            return new BranchPlan(new ArrayList<>(decisions.values()));
        }

        private BranchDecision mapped(SourceBranch from) {
            String to = map.get(key(from.name())).strip();
            if (to.isEmpty()) {
                return problem(from, "Chưa ghi chi bộ mới cho " + from.name() + ".");
            }
            Branch existing = hereByKey.get(key(to));
            if (existing != null) {
                if (!from.open()) {
                    return problem(from, from.name() + " đã giải thể trước ngày hợp nhất nên không gộp vào chi bộ nào;"
                            + " hãy bỏ dòng của nó khỏi bảng chi bộ.");
                }
                if (!existing.activeOn(joinDate)) {
                    return problem(from, existing.name() + " không còn hoạt động ngày hợp nhất, không gộp vào được.");
                }
                return new BranchDecision(from, BranchAction.INTO, existing.name(), existing.id(), null,
                        stored(bracketed(from.name(), unit)), null);
            }
            SourceBranch created = createdByKey.get(key(to));
            if (created != null && !(from.open() && created.open())) {
                return problem(from, "Chỉ gộp được hai chi bộ còn hoạt động ngày hợp nhất: " + from.name() + " → " + to + ".");
            }
            if (created != null) {
                return new BranchDecision(from, BranchAction.INTO, to, null, created.id(),
                        stored(bracketed(from.name(), unit)), null);
            }
            if (used.contains(key(to))) {
                return problem(from, "Tên \"" + to + "\" đã dùng cho chi bộ khác; hãy chọn tên khác cho " + from.name() + ".");
            }
            return create(from, key(to).equals(key(from.name())) ? BranchAction.NEW : BranchAction.RENAMED, to);
        }

        /** A branch the map does not name whose name is taken here, or by a branch of the source planned before it. */
        private BranchDecision taken(SourceBranch from) {
            if (!from.open()) {
                return create(from, BranchAction.RENAMED, distinct(bracketed(from.name(), unit)));
            }
            if (!hereByKey.containsKey(key(from.name()))) {
                // The map names branches by name, so it cannot send two of the same name apart.
                return problem(from, "Dữ liệu của " + unit + " có hai chi bộ cùng tên " + from.name()
                        + ": hãy đổi tên một chi bộ trong dữ liệu cũ rồi gộp lại.");
            }
            return problem(from, "Đã có " + from.name() + " ở Đảng bộ: hãy chọn gộp vào chi bộ đó hay đặt tên mới"
                    + " (ví dụ \"" + bracketed(from.name(), unit) + "\"); chi bộ không bao giờ được gộp mà không hỏi.");
        }

        private BranchDecision create(SourceBranch from, BranchAction action, String name) {
            createdByKey.put(key(name), from);
            used.add(key(name));
            return new BranchDecision(from, action, name, null, null, name, null);
        }

        private String stored(String name) {
            String distinct = distinct(name);
            used.add(key(distinct));
            return distinct;
        }

        /** A name not given yet, with a number after it if needed. */
        private String distinct(String name) {
            String candidate = name;
            for (int n = 2; used.contains(key(candidate)); n++) {
                candidate = name + " " + n;
            }
            return candidate;
        }

        private static BranchDecision problem(SourceBranch from, String message) {
            return new BranchDecision(from, null, null, null, null, from.name(), message);
        }
    }
}
