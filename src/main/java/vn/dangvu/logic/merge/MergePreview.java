package vn.dangvu.logic.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ImportRepository;
import vn.dangvu.logic.persistence.MergeRepository;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.VietnameseText;
import vn.dangvu.model.merge.FormerUnit;
import vn.dangvu.model.merge.KeyedFact;
import vn.dangvu.model.merge.PersonKey;
import vn.dangvu.model.merge.PersonMatch;
import vn.dangvu.model.merge.PersonMatcher;
import vn.dangvu.model.merge.Side;
import vn.dangvu.model.merge.SourceBranch;
import vn.dangvu.model.stats.MemberFacts;

/**
 * What a merge reads of both sides, once, before the clerk decides anything: the source's branches
 * and people (who they are and where they stood at the end of the join date), the register's
 * branches and people, the matches between them, and both records in full of every person found
 * in both. The histories of everyone else are not kept: they are read again when the merge is written.
 */
public final class MergePreview {

    /** A person of the source: who, and where they stood at the end of the join date. */
    record SourcePerson(PersonKey key, MembershipState onJoin) {
    }

    /**
     * Both records of a person the source shares with the register.
     *
     * @param hereEventsWithLetters here's events that have a letter in the transfer register
     */
    record Pair(PersonMatch match, Member here, List<MembershipEvent> hereEvents, Member there,
                List<MembershipEvent> thereEvents, Map<Side, List<LocalDate>> attendance, List<KeyedFact> facts,
                Set<Long> hereEventsWithLetters) {
    }

    final FormerUnit unit;
    final String sourceFile;
    final String hereName;
    final List<Branch> hereBranches;
    final List<Branch> sourceBranchRecords;
    final List<SourceBranch> sourceBranches;
    final List<SourcePerson> people;
    final Map<Long, Pair> pairs;
    final MergeRepository.Fingerprint fingerprint;
    /** The unit of the same name merged here before, if any: merging it again would copy its records twice. */
    final Optional<FormerUnit> mergedBefore;

    private MergePreview(FormerUnit unit, String sourceFile, String hereName, List<Branch> hereBranches,
                         List<Branch> sourceBranchRecords, List<SourceBranch> sourceBranches, List<SourcePerson> people,
                         Map<Long, Pair> pairs, MergeRepository.Fingerprint fingerprint,
                         Optional<FormerUnit> mergedBefore) {
        this.unit = unit;
        this.sourceFile = sourceFile;
        this.hereName = hereName;
        this.hereBranches = hereBranches;
        this.sourceBranchRecords = sourceBranchRecords;
        this.sourceBranches = sourceBranches;
        this.people = people;
        this.pairs = pairs;
        this.fingerprint = fingerprint;
        this.mergedBefore = mergedBefore;
    }

    static MergePreview read(Database here, MergeSource source, FormerUnit unit) {
        LocalDate join = unit.joinedOn();
        List<SourcePerson> people = source.database().read(r -> sourcePeople(r, join));
        List<Branch> sourceBranchRecords = source.database().read(r -> r.branches().all());
        Map<Long, Integer> counted = new HashMap<>();
        people.stream().filter(p -> p.onJoin().countsInPartyStrength() && p.onJoin().branchId() != null)
                .forEach(p -> counted.merge(p.onJoin().branchId(), 1, Integer::sum));
        List<SourceBranch> sourceBranches = sourceBranchRecords.stream().map(b -> new SourceBranch(b.id(), b.name(),
                b.activeOn(join), counted.getOrDefault(b.id(), 0))).toList();
        return here.read(r -> {
            PersonMatcher matcher = new PersonMatcher(r.importing().memberKeys().stream()
                    .map(k -> new PersonKey(k.id(), k.name(), k.birthDate(), k.cardNumber(), k.citizenId())).toList());
            List<PersonMatch> matches = new ArrayList<>();
            people.forEach(p -> matcher.match(p.key()).ifPresent(matches::add));
            String hereName = r.committee().find().map(c -> c.name()).orElse("Dữ liệu hiện có");
            return new MergePreview(unit, source.fileName(), hereName, r.branches().all(), sourceBranchRecords,
                    sourceBranches, people, pairs(r, source.database(), matches), r.merge().fingerprint(),
                    r.merge().units().stream().filter(u -> VietnameseText.fold(u.name())
                            .equals(VietnameseText.fold(unit.name()))).findFirst());
        });
    }

    /** Everyone in the source, in id order, with their standing at the end of the join date. */
    private static List<SourcePerson> sourcePeople(Repositories r, LocalDate join) {
        Map<Long, MembershipHistory> histories = new HashMap<>();
        for (MemberFacts facts : r.statistics().members()) {
            histories.put(facts.id(), facts.history());
        }
        List<SourcePerson> people = new ArrayList<>();
        for (ImportRepository.MemberKey k : r.importing().memberKeys()) {
            MembershipHistory history = histories.getOrDefault(k.id(), MembershipHistory.empty());
            people.add(new SourcePerson(new PersonKey(k.id(), k.name(), k.birthDate(), k.cardNumber(), k.citizenId()),
                    history.stateOn(join)));
        }
        people.sort(Comparator.comparingLong(p -> p.key().id()));
        return List.copyOf(people);
    }

    /** Both records in full of every person matched, read in a few queries on each side. */
    private static Map<Long, Pair> pairs(Repositories here, Database source, List<PersonMatch> matches) {
        List<Long> hereIds = matches.stream().map(m -> m.here().id()).distinct().toList();
        List<Long> thereIds = matches.stream().map(m -> m.there().id()).toList();
        Map<Long, Member> hereMembers = here.importing().members(hereIds);
        Map<Long, List<MembershipEvent>> hereEvents = here.importing().events(hereIds);
        Map<Long, List<LocalDate>> hereDays = here.merge().attendanceDays(hereIds);
        Map<Long, Map<String, String>> hereFacts = here.merge().facts(hereIds);
        Set<Long> withLetters = here.merge().eventsWithLetters(hereEvents.values().stream().flatMap(List::stream)
                .map(MembershipEvent::id).toList());
        record There(Map<Long, Member> members, Map<Long, List<MembershipEvent>> events,
                     Map<Long, List<LocalDate>> days, Map<Long, Map<String, String>> facts) {
        }
        There there = source.read(r -> new There(r.importing().members(thereIds), r.importing().events(thereIds),
                r.merge().attendanceDays(thereIds), r.merge().facts(thereIds)));
        Map<Long, Pair> pairs = new HashMap<>();
        for (PersonMatch match : matches) {
            long h = match.here().id();
            long t = match.there().id();
            List<MembershipEvent> mine = hereEvents.getOrDefault(h, List.of());
            pairs.put(t, new Pair(match, hereMembers.get(h), mine, there.members().get(t),
                    there.events().getOrDefault(t, List.of()),
                    Map.of(Side.HERE, hereDays.getOrDefault(h, List.of()), Side.THERE, there.days().getOrDefault(t, List.of())),
                    facts(hereFacts.getOrDefault(h, Map.of()), there.facts().getOrDefault(t, Map.of())),
                    mine.stream().map(MembershipEvent::id).filter(withLetters::contains).collect(java.util.stream.Collectors.toSet())));
        }
        return pairs;
    }

    private static List<KeyedFact> facts(Map<String, String> here, Map<String, String> there) {
        Set<String> fields = new LinkedHashSet<>(here.keySet());
        fields.addAll(there.keySet());
        return fields.stream().map(f -> new KeyedFact(f, here.get(f), there.get(f))).toList();
    }

    public FormerUnit unit() {
        return unit;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public List<SourceBranch> sourceBranches() {
        return sourceBranches;
    }

    public List<Branch> hereBranches() {
        return hereBranches;
    }

    /** How many people the source holds. */
    public int sourcePeople() {
        return people.size();
    }

    /** The match of a source person, if they were found here. */
    public Optional<PersonMatch> match(long sourcePersonId) {
        return Optional.ofNullable(pairs.get(sourcePersonId)).map(Pair::match);
    }
}
