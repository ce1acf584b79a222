package vn.dangvu.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.dangvu.logic.persistence.IdBlock;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;

/**
 * The branches of the demo committee and their dated history: about one branch per 50
 * members (at least 8), mostly villages, plus schools, police, militia, offices and
 * enterprises; a few villages merged into neighbours in the past.
 */
final class BranchPlan {

    /** A branch with everything the people generator needs. */
    static final class Planned {
        final long id;
        final String name;
        final BranchKind kind;
        final LocalDate foundedOn;
        final String village; // for VILLAGE branches: "thôn Nà Pàn"
        LocalDate dissolvedOn;
        Planned mergedInto;
        String note;

        Planned(long id, String name, BranchKind kind, LocalDate foundedOn, String village) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.foundedOn = foundedOn;
            this.village = village;
        }

        boolean activeOn(LocalDate date) {
            return !date.isBefore(foundedOn) && (dissolvedOn == null || date.isBefore(dissolvedOn));
        }

        Branch toBranch() {
            return new Branch(id, name, kind, foundedOn, dissolvedOn, mergedInto == null ? null : mergedInto.id, note);
        }
    }

    /** Every event of the demo is on or after this day; the first branch is older. */
    static final LocalDate EARLIEST_EVENT = LocalDate.of(1950, 1, 1);

    private final List<Planned> all = new ArrayList<>();
    private final List<Planned> active = new ArrayList<>();
    private final Planned core;
    private final Weighted<Planned> villages;
    private final Weighted<Planned> workplaces;
    private final Map<Long, Planned> byId = new HashMap<>();

    /**
     * @param activeCount branches active today (at least 8)
     * @param taken       names already in the database, never reused
     */
    BranchPlan(SplittableRandom random, int activeCount, IdBlock ids, String placeName, LocalDate today,
               Set<String> taken) {
        Map<BranchKind, Integer> counts = kindCounts(activeCount);
        int dissolvedCount = dissolvedCount(activeCount);
        int villageCount = counts.get(BranchKind.VILLAGE);
        List<String> villageNames = DemoPlaces.villages(random, villageCount + dissolvedCount + taken.size());
        int[] nextId = {0};
        NameSource names = new NameSource(taken);

        // Villages: the first one is the oldest and never dissolved (the fallback of early events).
        List<Planned> activeVillages = new ArrayList<>();
        List<Planned> dissolvedVillages = new ArrayList<>();
        int villageIndex = 0;
        for (int i = 0; i < villageCount + dissolvedCount; i++) {
            String village;
            String name;
            do {
                village = villageNames.get(villageIndex++);
                name = "Chi bộ " + village;
            } while (!names.free(name));
            // Most villages had their branch early; a few were split off later.
            LocalDate founded = i == 0 ? LocalDate.of(1947, 8, 19)
                    : random.nextDouble() < 0.8 ? date(random, LocalDate.of(1948, 2, 3), LocalDate.of(1965, 12, 31))
                    : date(random, LocalDate.of(1966, 1, 1), LocalDate.of(1990, 12, 31));
            Planned branch = new Planned(ids.get(nextId[0]++), name, BranchKind.VILLAGE, founded, village);
            (i < villageCount ? activeVillages : dissolvedVillages).add(branch);
        }
        core = activeVillages.get(0);
        all.addAll(activeVillages);
        active.addAll(activeVillages);
        addKind(random, names, ids, nextId, BranchKind.SCHOOL, DemoPlaces.schools(counts.get(BranchKind.SCHOOL) * 2,
                placeName, villageNames), counts.get(BranchKind.SCHOOL), 1975, 2010, today);
        addKind(random, names, ids, nextId, BranchKind.POLICE, policeNames(counts.get(BranchKind.POLICE)),
                counts.get(BranchKind.POLICE), 2019, 2021, today);
        addKind(random, names, ids, nextId, BranchKind.MILITIA, militiaNames(counts.get(BranchKind.MILITIA)),
                counts.get(BranchKind.MILITIA), 1985, 2000, today);
        addKind(random, names, ids, nextId, BranchKind.OFFICE, DemoPlaces.offices(counts.get(BranchKind.OFFICE) * 2),
                counts.get(BranchKind.OFFICE), 1960, 1995, today);
        addKind(random, names, ids, nextId, BranchKind.ENTERPRISE,
                DemoPlaces.enterprises(random, counts.get(BranchKind.ENTERPRISE) * 2 + 10, placeName),
                counts.get(BranchKind.ENTERPRISE), 1998, 2016, today);

        // Merged villages: dissolved on a day of the past, their people moved to a neighbour.
        LocalDate lastMerge = today.minusMonths(6);
        for (Planned village : dissolvedVillages) {
            LocalDate from = max(village.foundedOn.plusYears(10), LocalDate.of(2005, 1, 1));
            LocalDate on = from.isAfter(lastMerge) ? null : date(random, from, lastMerge);
            if (on == null) {
                activeVillages.add(village); // too young to have merged
                active.add(village);
                all.add(village);
                continue;
            }
            Planned into;
            do {
                into = activeVillages.get(random.nextInt(activeVillages.size()));
            } while (!into.activeOn(on) || into.dissolvedOn != null);
            village.dissolvedOn = on;
            village.mergedInto = into;
            all.add(village);
        }

        List<Planned> villageList = new ArrayList<>(activeVillages);
        dissolvedVillages.stream().filter(v -> v.dissolvedOn != null).forEach(villageList::add);
        double[] villageWeights = new double[villageList.size()];
        for (int i = 0; i < villageWeights.length; i++) {
            villageWeights[i] = i == 0 ? 1.6 : 0.4 + random.nextDouble() * 1.2;
        }
        villages = Weighted.of(villageList, villageWeights);
        List<Planned> works = active.stream().filter(b -> b.kind != BranchKind.VILLAGE).toList();
        double[] workWeights = new double[works.size()];
        for (int i = 0; i < workWeights.length; i++) {
            double kindWeight = switch (works.get(i).kind) {
                case POLICE -> 1.5;
                case OFFICE -> 1.2;
                case SCHOOL -> 1.0;
                case MILITIA -> 0.8;
                default -> 0.6;
            };
            workWeights[i] = kindWeight * (0.6 + random.nextDouble() * 0.8);
        }
        workplaces = Weighted.of(works, workWeights);
        all.forEach(b -> byId.put(b.id, b));
    }

    /** How many branches a plan of {@code activeCount} active ones holds, merged ones included: the ids it needs. */
    static int size(int activeCount) {
        return kindCounts(activeCount).values().stream().mapToInt(Integer::intValue).sum() + dissolvedCount(activeCount);
    }

    /** Villages planned to merge into others (a few too young to have merged stay active). */
    private static int dissolvedCount(int activeCount) {
        return activeCount >= 8 ? 2 + activeCount / 100 : 0;
    }

    /** How many branches of each kind are active today. */
    static Map<BranchKind, Integer> kindCounts(int activeCount) {
        Map<BranchKind, Integer> counts = new EnumMap<>(BranchKind.class);
        int n = Math.max(8, activeCount);
        counts.put(BranchKind.POLICE, 1 + (n - 8) / 250);
        counts.put(BranchKind.MILITIA, 1 + (n - 8) / 250);
        counts.put(BranchKind.OFFICE, 1 + n / 40);
        counts.put(BranchKind.SCHOOL, Math.max(1, n / 10));
        counts.put(BranchKind.ENTERPRISE, n >= 12 ? Math.max(1, n / 30) : 0);
        int others = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.put(BranchKind.VILLAGE, n - others);
        return counts;
    }

    private void addKind(SplittableRandom random, NameSource names, IdBlock ids, int[] nextId, BranchKind kind,
                         List<String> candidates, int count, int fromYear, int toYear, LocalDate today) {
        int added = 0;
        for (int i = 0; added < count; i++) {
            String base = i < candidates.size() ? candidates.get(i) : candidates.get(i % candidates.size()) + " " + (i / candidates.size() + 1);
            String name = "Chi bộ " + base;
            if (!names.free(name)) {
                continue;
            }
            LocalDate founded = added == 0 && kind == BranchKind.POLICE ? LocalDate.of(2019, 10, 1)
                    : date(random, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
            founded = min(founded, today.minusYears(1)); // active today whatever the day
            Planned branch = new Planned(ids.get(nextId[0]++), name, kind, founded, null);
            all.add(branch);
            active.add(branch);
            added++;
        }
    }

    private static List<String> policeNames(int count) {
        List<String> names = new ArrayList<>();
        names.add("Công an xã");
        for (int i = 1; names.size() < count * 2; i++) {
            names.add("Công an khu vực " + DemoPlaces.AREAS.get(i % DemoPlaces.AREAS.size())
                    + (i >= DemoPlaces.AREAS.size() ? " " + (i / DemoPlaces.AREAS.size() + 1) : ""));
        }
        return names;
    }

    private static List<String> militiaNames(int count) {
        List<String> names = new ArrayList<>();
        names.add("Quân sự xã");
        for (int i = 1; names.size() < count * 2; i++) {
            names.add("Quân sự khu vực " + DemoPlaces.AREAS.get(i % DemoPlaces.AREAS.size())
                    + (i >= DemoPlaces.AREAS.size() ? " " + (i / DemoPlaces.AREAS.size() + 1) : ""));
        }
        return names;
    }

    List<Planned> all() {
        return Collections.unmodifiableList(all);
    }

    Planned byId(long id) {
        Planned branch = byId.get(id);
        if (branch == null) {
            throw new IllegalStateException("Không có chi bộ mã " + id);
        }
        return branch;
    }

    int activeCount() {
        return active.size();
    }

    Planned core() {
        return core;
    }

    Planned pickVillage(SplittableRandom random) {
        return villages.pick(random);
    }

    Planned pickWorkplace(SplittableRandom random) {
        return workplaces.pick(random);
    }

    /** Where a person meant for {@code branch} belongs on a day: its merge target, or the oldest village before it existed. */
    Planned resolve(Planned branch, LocalDate date) {
        Planned b = branch;
        for (int guard = 0; guard < 10; guard++) {
            if (b.activeOn(date)) {
                return b;
            }
            b = date.isBefore(b.foundedOn) ? core : b.mergedInto;
        }
        throw new IllegalStateException("Không tìm được chi bộ hoạt động ngày " + date + " cho " + branch.name);
    }

    static LocalDate date(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days < 0) {
            return null;
        }
        return from.plusDays(random.nextLong(days + 1));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Branch names are unique, case-insensitive, also against the database. */
    private static final class NameSource {
        private final Set<String> used = new HashSet<>();

        NameSource(Set<String> taken) {
            taken.forEach(t -> used.add(t.toLowerCase(Locale.ROOT)));
        }

        boolean free(String name) {
            return used.add(name.toLowerCase(Locale.ROOT));
        }
    }
}
