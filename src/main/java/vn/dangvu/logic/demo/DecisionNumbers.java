package vn.dangvu.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.dangvu.model.Decision;
import vn.dangvu.model.MembershipEvent;

/**
 * Decision numbers as an office gives them: one counter per series and year, in date order
 * ("12-QĐ/ĐU" in January comes before "305-QĐ/ĐU" in December). Events are generated with a
 * placeholder number; {@link #assign} numbers them all once everything is generated.
 */
final class DecisionNumbers {

    /** Quyết định of the commune committee. */
    static final String COMMITTEE = "QĐ/ĐU";
    /** Quyết định of the superior committee (re-admission). */
    static final String SUPERIOR = "QĐ/HU";
    /** Giấy giới thiệu sinh hoạt đảng issued by the committee. */
    static final String LETTER = "GT/ĐU";

    private static final String MARK = "#";

    private record Entry(String series, LocalDate date, int person, int event, String key) {
    }

    private final SplittableRandom random;
    private final List<Entry> extra = new ArrayList<>();
    private final Map<String, String> byKey = new HashMap<>();

    DecisionNumbers(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** A decision whose number is given later. */
    static Decision pending(String series, LocalDate date, String issuingBody) {
        return new Decision(MARK + series, date, issuingBody);
    }

    /** One decision shared by several events (a branch merger moving all its members). */
    static Decision pendingShared(String series, String key, LocalDate date, String issuingBody) {
        return new Decision(MARK + series + MARK + key, date, issuingBody);
    }

    /** A shared decision that must be numbered even if no event carries it. */
    void register(String series, String key, LocalDate date) {
        extra.add(new Entry(series, date, -1, -1, key));
    }

    /** The number given to a shared decision, after {@link #assign}. */
    String numberOf(String key) {
        return byKey.get(key);
    }

    /** Replaces every placeholder in the people's events by its number. */
    void assign(List<List<MembershipEvent>> people) {
        List<Entry> entries = new ArrayList<>(extra);
        for (int p = 0; p < people.size(); p++) {
            List<MembershipEvent> events = people.get(p);
            for (int e = 0; e < events.size(); e++) {
                String number = events.get(e).decision().number();
                if (number != null && number.startsWith(MARK)) {
                    String[] parts = number.substring(1).split(MARK, 2);
                    entries.add(new Entry(parts[0], events.get(e).decision().date(), p, e,
                            parts.length > 1 ? parts[1] : null));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::series).thenComparingLong(e -> e.date().toEpochDay())
                .thenComparingInt(Entry::person).thenComparingInt(Entry::event));
        Map<String, Integer> counters = new HashMap<>();
        for (Entry entry : entries) {
            String number = entry.key() == null ? null : byKey.get(entry.key());
            if (number == null) {
                String counterKey = entry.series() + entry.date().getYear();
                int gap = random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 1; // other decisions in between
                int next = counters.merge(counterKey, gap, Integer::sum);
                number = next + "-" + entry.series();
                if (entry.key() != null) {
                    byKey.put(entry.key(), number);
                }
            }
            if (entry.person() >= 0) {
                List<MembershipEvent> events = people.get(entry.person());
                MembershipEvent event = events.get(entry.event());
                Decision d = event.decision();
                events.set(entry.event(), event.withDecision(new Decision(number, d.date(), d.issuingBody())));
            }
        }
    }
}
