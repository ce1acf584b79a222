package vn.dangvu.model.badge;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dangvu.model.CalendarMonths;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.PartyAge;
import vn.dangvu.model.discipline.Discipline;

/**
 * The lists of one badge round (DOMAIN.md §11, appendix C). Own candidates: members in đảng số
 * on the round whose party age reaches a milestone after the previous round and on or before
 * this one. Apart: earlier candidates not yet awarded, early proposals (serious illness,
 * posthumous), and the members who could be proposed early.
 */
public record BadgeRoundList(LocalDate round, LocalDate previousRound, List<BadgeCandidate> own,
                             List<BadgeCandidate> earlier, List<BadgeCandidate> early,
                             List<BadgeCandidate> earlyOptions) {

    private static final Comparator<BadgeCandidate> ORDER = Comparator
            .comparing(BadgeCandidate::milestone, Comparator.reverseOrder())
            .thenComparing(BadgeCandidate::name, NameOrder.comparator());

    /** What the round is built from. */
    public record Input(List<BadgeMember> members, Map<Long, List<Discipline>> discipline, List<BadgeAward> awards,
                        List<BadgeExclusion> exclusions, List<EarlyProposal> proposals) {
    }

    public static BadgeRoundList build(LocalDate round, BadgeRules rules, Input input) {
        if (!rules.isRound(round)) {
            throw new IllegalArgumentException("Ngày " + format(round) + " không phải ngày xét tặng Huy hiệu Đảng ("
                    + String.join(", ", rules.rounds().stream().map(md -> md.getDayOfMonth() + "/" + md.getMonthValue())
                    .toList()) + ").");
        }
        Builder builder = new Builder(round, rules, input);
        input.members().forEach(builder::add);
        return new BadgeRoundList(round, rules.previousRound(round), sorted(builder.own), sorted(builder.earlier),
                sorted(builder.early), sorted(builder.options));
    }

    /** The lines to print on the proposal: every list but the options, without the excluded. */
    public List<BadgeCandidate> proposal() {
        return Stream.of(own, earlier, early).flatMap(List::stream).filter(BadgeCandidate::proposed).toList();
    }

    public Optional<BadgeCandidate> option(long memberId, int milestone) {
        return earlyOptions.stream().filter(c -> c.memberId() == memberId && c.milestone() == milestone).findFirst();
    }

    private static List<BadgeCandidate> sorted(List<BadgeCandidate> lines) {
        lines.sort(ORDER);
        return List.copyOf(lines);
    }

    private static final class Builder {
        private final LocalDate round;
        private final LocalDate previous;
        private final BadgeRules rules;
        private final Input input;
        private final Map<Long, Map<Integer, BadgeAward>> awards = new HashMap<>();
        private final Map<String, String> exclusions = new HashMap<>();
        private final Map<Long, List<EarlyProposal>> proposals = new HashMap<>();
        final List<BadgeCandidate> own = new ArrayList<>();
        final List<BadgeCandidate> earlier = new ArrayList<>();
        final List<BadgeCandidate> early = new ArrayList<>();
        final List<BadgeCandidate> options = new ArrayList<>();

        Builder(LocalDate round, BadgeRules rules, Input input) {
            this.round = round;
            this.previous = rules.previousRound(round);
            this.rules = rules;
            this.input = input;
            input.awards().forEach(a -> awards.computeIfAbsent(a.memberId(), id -> new HashMap<>()).put(a.milestone(), a));
            input.exclusions().stream().filter(x -> x.round().equals(round))
                    .forEach(x -> exclusions.put(x.memberId() + ":" + x.milestone(), x.reason()));
            input.proposals().stream().filter(p -> p.round().equals(round))
                    .forEach(p -> proposals.computeIfAbsent(p.memberId(), id -> new ArrayList<>()).add(p));
        }

        void add(BadgeMember member) {
            Optional<PartyAge> found = PartyAge.of(member.history());
            if (found.isEmpty()) {
                return;
            }
            PartyAge age = found.get();
            MembershipState state = member.history().stateOn(round);
            Map<Integer, BadgeAward> given = awards.getOrDefault(member.id(), Map.of());
            if (state.countsInPartyStrength()) {
                addOwnAndEarlier(member, age, given);
                addIllnessOption(member, age, given);
            } else if (state.status() == MemberStatus.DIED) {
                addPosthumousOption(member, age, given);
            }
            for (EarlyProposal p : proposals.getOrDefault(member.id(), List.of())) {
                age.reachedOn(p.milestone()).ifPresent(on ->
                        early.add(line(member, age, p.milestone(), on, p.kind(), given, state.countsInPartyStrength())));
            }
        }

        private void addOwnAndEarlier(BadgeMember member, PartyAge age, Map<Integer, BadgeAward> given) {
            LocalDate lookBack = round.minusYears(rules.earlierYears());
            Integer missed = null;
            LocalDate missedOn = null;
            for (int milestone : rules.milestones()) {
                Optional<LocalDate> reached = age.reachedOn(milestone);
                if (reached.isEmpty() || reached.get().isAfter(round)) {
                    break;
                }
                if (reached.get().isAfter(previous)) {
                    own.add(line(member, age, milestone, reached.get(), BadgeKind.OWN, given, true));
                } else if (reached.get().isAfter(lookBack)) {
                    missed = milestone;
                    missedOn = reached.get();
                }
            }
            if (missed != null && notYetAwarded(given, missed)) {
                earlier.add(line(member, age, missed, missedOn, BadgeKind.EARLIER, given, true));
            }
        }

        /** Not awarded this milestone or a higher one, or awarded it at this very round. */
        private boolean notYetAwarded(Map<Integer, BadgeAward> given, int milestone) {
            BadgeAward same = given.get(milestone);
            if (same != null) {
                return same.round().equals(round);
            }
            return given.keySet().stream().noneMatch(m -> m > milestone);
        }

        private void addIllnessOption(BadgeMember member, PartyAge age, Map<Integer, BadgeAward> given) {
            nextMilestone(age, round).ifPresent(m -> {
                LocalDate reached = age.reachedOn(m).orElseThrow();
                if (!reached.isAfter(CalendarMonths.after(round, rules.illnessMonthsFor(m))) && !given.containsKey(m)
                        && !proposed(member.id(), m)) {
                    options.add(line(member, age, m, reached, BadgeKind.EARLY_ILLNESS, given, true));
                }
            });
        }

        private void addPosthumousOption(BadgeMember member, PartyAge age, Map<Integer, BadgeAward> given) {
            LocalDate died = deathDate(member);
            if (died == null || !died.isAfter(CalendarMonths.after(round, -rules.posthumousMonths()))) {
                return;
            }
            nextMilestone(age, died).ifPresent(m -> {
                LocalDate reached = age.reachedOn(m).orElseThrow();
                if (!reached.isAfter(CalendarMonths.after(died, rules.posthumousMonths())) && !given.containsKey(m)
                        && !proposed(member.id(), m)) {
                    options.add(line(member, age, m, reached, BadgeKind.POSTHUMOUS, given, false));
                }
            });
        }

        private Optional<Integer> nextMilestone(PartyAge age, LocalDate after) {
            return rules.milestones().stream()
                    .filter(m -> age.reachedOn(m).map(d -> d.isAfter(after)).orElse(false)).findFirst();
        }

        private boolean proposed(long memberId, int milestone) {
            return proposals.getOrDefault(memberId, List.of()).stream().anyMatch(p -> p.milestone() == milestone);
        }

        private static LocalDate deathDate(BadgeMember member) {
            return member.history().events().stream().filter(e -> e.type() == MembershipEventType.DIED)
                    .map(MembershipEvent::date).reduce((a, b) -> b).orElse(null);
        }

        private BadgeCandidate line(BadgeMember member, PartyAge age, int milestone, LocalDate reached, BadgeKind kind,
                                    Map<Integer, BadgeAward> given, boolean alive) {
            String excluded = exclusions.get(member.id() + ":" + milestone);
            if (excluded == null && alive) {
                excluded = DisciplineWait.reasonOn(input.discipline().getOrDefault(member.id(), List.of()), round,
                        rules.disciplineWaitFrom())
                        .orElse(null);
            }
            BadgeAward award = given.get(milestone);
            return new BadgeCandidate(member.id(), member.name(), member.branch(), milestone, reached, kind, excluded,
                    age.explanation(reached), award != null && award.round().equals(round) ? award : null);
        }
    }
}
