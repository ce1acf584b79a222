package vn.dangvu.model.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.Committee;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.committee.CommitteeHistory;

/**
 * Where the other side of a transfer was, seen from the committee on the transfer's own date
 * (DOMAIN.md §17): the committee's area follows its superior of that day (a district committee
 * until 30/06/2025, the province after), and the scopes the tables distinguish follow the dated
 * rules (no "another district" once districts ended).
 */
public final class TransferScopes {

    /** One span of days with the same home area and the same rule. */
    private record Span(LocalDate from, HomeArea home, boolean districts, Map<OtherOrganisation, TransferScope> cache) {
    }

    private final List<Span> spans;

    private TransferScopes(List<Span> spans) {
        this.spans = spans;
    }

    /** One area and both scopes on every day: what the tables did before they were dated. */
    public static TransferScopes fixed(HomeArea home) {
        return new TransferScopes(List.of(new Span(LocalDate.MIN, home, true, new HashMap<>())));
    }

    /**
     * @param history the committee's dated names (null before the first-start setup)
     * @param places  the other side of the transfers on record, to place a district in its province
     * @param rules   the dated scope rules; none: both scopes always
     */
    public static TransferScopes of(CommitteeHistory history, Iterable<OtherOrganisation> places,
                                    List<TransferScopeRule> rules) {
        List<LocalDate> starts = new ArrayList<>();
        starts.add(LocalDate.MIN);
        if (history != null) {
            starts.addAll(history.changeDates());
        }
        rules.forEach(rule -> starts.add(rule.validFrom()));
        List<TransferScopeRule> ordered = rules.stream().sorted(Comparator.comparing(TransferScopeRule::validFrom)).toList();
        Map<Committee, HomeArea> areas = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        for (LocalDate start : starts.stream().distinct().sorted().toList()) {
            Committee committee = history == null ? null
                    : history.on(start.equals(LocalDate.MIN) ? LocalDate.of(1900, 1, 1) : start);
            HomeArea home = committee == null ? HomeArea.UNKNOWN
                    : areas.computeIfAbsent(committee, c -> HomeArea.infer(c, places));
            spans.add(new Span(start, home, districtsOn(ordered, start), new HashMap<>()));
        }
        return new TransferScopes(List.copyOf(spans));
    }

    /** Which scope the other side was in on the day; "another district" only where districts counted then. */
    public TransferScope scope(OtherOrganisation other, LocalDate on) {
        Span span = spanOn(on);
        TransferScope scope = span.cache().computeIfAbsent(other, span.home()::scopeOf);
        return scope == TransferScope.OTHER_DISTRICT && !span.districts() ? TransferScope.SAME_AREA : scope;
    }

    /** Whether the committee was under a district on the day (the register's "Trong huyện"). */
    public boolean homeHasDistrictOn(LocalDate on) {
        Span span = spanOn(on);
        return span.districts() && span.home().district() != null;
    }

    private Span spanOn(LocalDate on) {
        Span found = spans.get(0);
        for (Span span : spans) {
            if (span.from().isAfter(on)) {
                break;
            }
            found = span;
        }
        return found;
    }

    private static boolean districtsOn(List<TransferScopeRule> rules, LocalDate day) {
        boolean districts = true;
        for (TransferScopeRule rule : rules) {
            if (rule.validFrom().isAfter(day)) {
                break;
            }
            districts = rule.districts();
        }
        return districts;
    }
}
