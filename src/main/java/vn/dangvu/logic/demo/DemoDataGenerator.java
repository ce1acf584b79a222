package vn.dangvu.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.demo.BranchPlan.Planned;
import vn.dangvu.logic.demo.PersonFactory.Person;
import vn.dangvu.logic.demo.PersonFactory.Scenario;
import vn.dangvu.logic.persistence.BulkInsert;
import vn.dangvu.logic.persistence.IdBlock;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.NumberFormats;

/**
 * Realistic demo data for an empty database: a commune committee with about one branch per
 * 50 members, people with Vietnamese names, a rural age pyramid, and 50 years of dated
 * party history (admissions, probation, transfers, temporary leave, exemptions, deaths,
 * removals, re-admissions, branch mergers). Deterministic for a seed and a day. Every
 * history is checked against the register's own rules before anything is written, and
 * everything is written in one transaction with JDBC batches.
 */
public final class DemoDataGenerator {

    public static final int MAX_MEMBERS = 1_000_000;

    /** Created when the database has no committee yet. */
    public static final Committee DEFAULT_COMMITTEE =
            new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên");

    /** Share of people hosted temporarily from elsewhere (not in đảng số). */
    private static final double HOSTED = 0.025;

    private final long seed;
    private int rejectedDraws;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Fills an empty database with {@code members} people (in đảng số or not: the register
     * also keeps those who died, left or moved away) and their branches.
     *
     * @throws RecordRejected when the database already holds members, or for a bad count
     */
    public DemoSummary fill(Database database, int members, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (members < 1 || members > MAX_MEMBERS) {
            throw new RecordRejected("members", "Số người mẫu phải từ 1 đến " + NumberFormats.count(MAX_MEMBERS) + ".");
        }
        return database.write(r -> {
            BulkInsert bulk = r.bulkInsert();
            int existing = bulk.memberCount();
            if (existing > 0) {
                throw new RecordRejected(null, "Cơ sở dữ liệu này đã có " + NumberFormats.count(existing)
                        + " hồ sơ đảng viên. Dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu trống để không lẫn với"
                        + " hồ sơ thật. Hãy chọn một thư mục dữ liệu mới (--data THƯ_MỤC). Không có gì bị thay đổi.");
            }
            Committee stored = r.committee().find().orElse(null);
            Committee committee = stored == null ? DEFAULT_COMMITTEE : stored;
            Set<String> taken = new HashSet<>();
            r.branches().all().forEach(b -> taken.add(b.name()));
            int activeBranches = activeBranches(members);
            // Every id is reserved before the first write (in the H2 file reserving commits).
            Generated generated = generate(committee, members, today, bulk.branchIds(BranchPlan.size(activeBranches)),
                    bulk.memberIds(members), taken);
            IdBlock eventIds = bulk.eventIds(generated.events().size());
            List<BulkInsert.EventRow> events = new ArrayList<>(generated.events().size());
            for (BulkInsert.EventRow row : generated.events()) {
                events.add(new BulkInsert.EventRow(row.memberId(), row.event().withId(eventIds.get(events.size()))));
            }
            if (stored == null) {
                r.committee().save(committee);
            }
            bulk.branches(generated.branches());
            bulk.members(generated.members());
            bulk.events(events);
            return generated.summary();
        });
    }

    /** Draws that broke a rule and were drawn again; zero unless the generator has a bug. */
    int rejectedDraws() {
        return rejectedDraws;
    }

    /** Everything to write, ids included but for the events'. */
    record Generated(List<Branch> branches, List<Member> members, List<BulkInsert.EventRow> events,
                     DemoSummary summary) {
    }

    static int activeBranches(int members) {
        return Math.max(8, Math.round(members / 50f));
    }

    Generated generate(Committee committee, int members, LocalDate today, IdBlock branchIds, IdBlock memberIds,
                       Set<String> taken) {
        SplittableRandom random = new SplittableRandom(seed);
        BranchPlan plan = new BranchPlan(random.split(), activeBranches(members), branchIds, committee.placeName(), today,
                taken);
        PersonFactory factory = new PersonFactory(random.split(), plan, today, committeeBody(committee),
                superiorBody(committee), localUnit(committee), district(committee));

        Map<Integer, Scenario> forced = new HashMap<>();
        place(random, forced, members, members >= 50 ? 1 + members / 20_000 : 0, Scenario.READMITTED);
        place(random, forced, members, members >= 300 ? 1 : 0, Scenario.RESTORED);
        place(random, forced, members, members >= 100 ? 1 : 0, Scenario.PROBATION_REMOVED);
        place(random, forced, members, members >= 200 ? 1 : 0, Scenario.EXPELLED);

        Person[] generated = new Person[members];
        for (int i = 0; i < members; i++) {
            Scenario scenario = forced.getOrDefault(i, Scenario.RANDOM);
            boolean hosted = scenario == Scenario.RANDOM && random.nextDouble() < HOSTED;
            generated[i] = factory.create(i, scenario, hosted);
        }
        // Ids and card numbers follow the order of the CCCD, so that both unique indexes are
        // filled in ascending order: far cheaper for H2 than random order (collated strings).
        Integer[] order = new Integer[members];
        for (int i = 0; i < members; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> generated[i].member().ids().citizenId(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        long[] cards = cardNumbers(random, (int) Arrays.stream(generated).filter(Person::hasCard).count());
        List<Member> people = new ArrayList<>(members);
        List<List<MembershipEvent>> histories = new ArrayList<>(members);
        int inStrength = 0;
        int card = 0;
        for (int position = 0; position < members; position++) {
            Person person = generated[order[position]];
            Member m = person.member();
            String cardNumber = person.hasCard() ? PersonFactory.digits(cards[card++], 8) : null;
            people.add(new Member(memberIds.get(position), 0, m.name(), m.sex(), m.birthDate(), m.ethnicity(),
                    m.religion(), new MemberIds(cardNumber, m.ids().profileNumber(), m.ids().citizenId()),
                    m.profile()));
            histories.add(person.events());
            if (person.inPartyStrengthToday()) {
                inStrength++;
            }
        }
        rejectedDraws = factory.rejectedDraws();

        DecisionNumbers numbers = new DecisionNumbers(seed);
        List<Planned> merged = plan.all().stream().filter(b -> b.mergedInto != null).toList();
        for (Planned branch : merged) {
            numbers.register(DecisionNumbers.COMMITTEE, "merge:" + branch.id, branch.dissolvedOn.minusDays(7));
        }
        numbers.assign(histories);
        for (Planned branch : merged) {
            branch.note = "Sáp nhập vào " + branch.mergedInto.name + " theo Quyết định số "
                    + numbers.numberOf("merge:" + branch.id) + " ngày "
                    + DateFormats.format(branch.dissolvedOn.minusDays(7)) + ".";
        }

        List<BulkInsert.EventRow> rows = new ArrayList<>(members * 4);
        for (int i = 0; i < members; i++) {
            long memberId = people.get(i).id();
            for (MembershipEvent event : histories.get(i)) {
                rows.add(new BulkInsert.EventRow(memberId, event));
            }
        }
        List<Branch> branches = plan.all().stream().map(Planned::toBranch).toList();
        return new Generated(branches, people, rows, new DemoSummary(members, inStrength, plan.activeCount(), rows.size()));
    }

    /** Distinct 8-digit card numbers in ascending order, about one in ten with a leading zero. */
    private static long[] cardNumbers(SplittableRandom random, int count) {
        long offset = random.nextLong(100_000_000L);
        long[] cards = new long[count];
        for (int i = 0; i < count; i++) {
            cards[i] = Math.floorMod(73_856_093L * (i + 1) + offset, 100_000_000L); // a permutation: distinct
        }
        Arrays.sort(cards);
        return cards;
    }

    private static void place(SplittableRandom random, Map<Integer, Scenario> forced, int members, int count,
                              Scenario scenario) {
        for (int placed = 0; placed < count && forced.size() < members; ) {
            int index = random.nextInt(members);
            if (!forced.containsKey(index)) {
                forced.put(index, scenario);
                placed++;
            }
        }
    }

    /** "Đảng bộ xã Hải Yến" → "Đảng ủy xã Hải Yến", the body that signs its decisions. */
    static String committeeBody(Committee committee) {
        String name = committee.name();
        return name.startsWith("Đảng bộ ") ? "Đảng ủy " + name.substring("Đảng bộ ".length()) : name;
    }

    /** "Đảng bộ huyện Tiên Yên" → "Huyện ủy Tiên Yên". */
    static String superiorBody(Committee committee) {
        String superior = committee.superiorName();
        if (superior == null) {
            return "Cấp ủy cấp trên";
        }
        String[][] forms = {{"Đảng bộ huyện ", "Huyện ủy "}, {"Đảng bộ tỉnh ", "Tỉnh ủy "},
                {"Đảng bộ thành phố ", "Thành ủy "}, {"Đảng bộ thị xã ", "Thị ủy "}, {"Đảng bộ ", "Đảng ủy "}};
        for (String[] form : forms) {
            if (superior.startsWith(form[0])) {
                return form[1] + superior.substring(form[0].length());
            }
        }
        return superior;
    }

    /** "xã Hải Yến" for addresses. */
    static String localUnit(Committee committee) {
        String name = committee.name();
        return name.startsWith("Đảng bộ ") ? name.substring("Đảng bộ ".length()) : "xã " + committee.placeName();
    }

    /** "Tiên Yên" when the superior is a district committee, else none. */
    static String district(Committee committee) {
        String superior = committee.superiorName();
        return superior != null && superior.startsWith("Đảng bộ huyện ")
                ? superior.substring("Đảng bộ huyện ".length()) : null;
    }
}
