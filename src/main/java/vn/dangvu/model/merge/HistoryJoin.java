package vn.dangvu.model.merge;

import static vn.dangvu.model.MembershipEventType.ADMITTED;
import static vn.dangvu.model.MembershipEventType.DIED;
import static vn.dangvu.model.MembershipEventType.READMITTED;
import static vn.dangvu.model.MembershipEventType.RECOGNIZED_OFFICIAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipRuleViolation;

/**
 * Joins two records of one person into one record and one timeline (DOMAIN.md §17). Events of the
 * same kind on the same day are one event. Where the records contradict each other nothing is
 * chosen silently: each contradiction is listed by field until the clerk says which side is right —
 * a person field that differs, two dates of an event that happens once (admission, recognition,
 * re-admission, death), records after a death on the other side, and last a timeline that breaks
 * the register's rules once joined (the clerk then keeps one side's timeline whole). The source's branches in its events are already those they
 * will have here (ids of branches here, or negative provisional ids of new ones).
 */
public final class HistoryJoin {

    /** The field of the contradiction raised when the joined timeline breaks the register's rules. */
    public static final String HISTORY = "Lịch sử đảng viên";
    /** The field of a death on one side with records after it on the other. */
    public static final String AFTER_DEATH = "Ghi nhận sau ngày từ trần";

    private static final List<MembershipEventType> ONCE = List.of(ADMITTED, RECOGNIZED_OFFICIAL, READMITTED, DIED);
    /** The source's events are stored after every event here: they sort after them on a day. */
    private static final long THERE_ORDER = Long.MAX_VALUE / 2;

    private final JoinInput in;
    private final LocalDate joinDate;
    private final Map<Long, Long> intoOnJoin;
    private final List<Contradiction> open = new ArrayList<>();
    private final List<JoinedHistory.Settled> settled = new ArrayList<>();
    private final List<MembershipEvent> recycled = new ArrayList<>();
    private List<MembershipEvent> here;
    private List<MembershipEvent> there;
    private LocalDate attendanceThereUntil;

    private HistoryJoin(JoinInput in, LocalDate joinDate, Map<Long, Long> intoOnJoin) {
        this.in = in;
        this.joinDate = joinDate;
        this.intoOnJoin = intoOnJoin;
    }

    /**
     * @param joinDate   the day the source's members came under this committee
     * @param intoOnJoin source branches joined into a branch here on that day (see {@link JoinDateMove})
     */
    public static JoinedHistory join(JoinInput in, LocalDate joinDate, Map<Long, Long> intoOnJoin) {
        return new HistoryJoin(in, joinDate, intoOnJoin).join();
    }

    private JoinedHistory join() {
        Member member = person();
        here = new ArrayList<>(in.hereEvents());
        there = new ArrayList<>(sorted(in.thereEvents()));
        boolean undecided = eventsHappeningOnce() || afterDeath();
        List<MembershipEvent> added = withJoinDateMove(deduplicated());
        if (!undecided) {
            added = checked(member, added);
        }
        Set<String> fromThere = facts();
        return new JoinedHistory(member, added, recycled, open, settled, fromThere, attendanceThereUntil,
                moves(added));
    }

    // ------------------------------------------------------------------ the person's record

    private Member person() {
        Member member = in.here();
        for (PersonField field : PersonField.ALL) {
            String mine = field.shown(in.here());
            String theirs = field.shown(in.there());
            if (theirs == null || theirs.equals(mine)) {
                continue;
            }
            if (mine == null) {
                member = field.take().apply(member, in.there()); // a blank here is filled, nothing chosen
                continue;
            }
            Contradiction c = new Contradiction(field.label(), mine, theirs, field.label() + ": " + in.hereName()
                    + " ghi \"" + mine + "\", " + in.thereName() + " ghi \"" + theirs + "\".");
            if (decide(c).orElse(Side.HERE) == Side.THERE) {
                member = field.take().apply(member, in.there());
            }
        }
        return member;
    }

    // ------------------------------------------------------------------ events

    /** Two dates of an event that happens once; true when one is left undecided. */
    private boolean eventsHappeningOnce() {
        boolean undecided = false;
        for (MembershipEventType type : ONCE) {
            MembershipEvent mine = first(here, type);
            MembershipEvent theirs = first(there, type);
            if (mine == null || theirs == null || mine.date().equals(theirs.date())) {
                continue;
            }
            String field = label(type);
            Contradiction c = new Contradiction(field, DateFormats.format(mine.date()), DateFormats.format(theirs.date()),
                    field + ": " + in.hereName() + " ghi " + DateFormats.format(mine.date()) + ", " + in.thereName()
                            + " ghi " + DateFormats.format(theirs.date()) + ".");
            Optional<Side> right = decide(c);
            if (right.isEmpty()) {
                undecided = true;
            } else if (right.get() == Side.HERE) {
                there.remove(theirs);
            } else {
                drop(mine);
            }
        }
        return undecided;
    }

    /** A death on one side and records after it on the other; true when it is left undecided. */
    private boolean afterDeath() {
        MembershipEvent mine = first(here, DIED);
        MembershipEvent theirs = first(there, DIED);
        if ((mine == null) == (theirs == null)) {
            return false; // neither died, or both on the same day (different days were settled above)
        }
        Side dead = mine != null ? Side.HERE : Side.THERE;
        Side living = dead == Side.HERE ? Side.THERE : Side.HERE;
        LocalDate death = (mine != null ? mine : theirs).date();
        String later = laterRecord(living, death);
        if (later == null) {
            return false;
        }
        Contradiction c = new Contradiction(AFTER_DEATH, dead == Side.HERE ? "Từ trần ngày " + DateFormats.format(death)
                : later, dead == Side.HERE ? later : "Từ trần ngày " + DateFormats.format(death),
                in.name(dead) + " ghi từ trần ngày " + DateFormats.format(death) + " nhưng " + in.name(living)
                        + " còn ghi " + later + ".");
        Optional<Side> right = decide(c);
        if (right.isEmpty()) {
            return true;
        }
        if (right.get() == living) { // the death was recorded by mistake
            if (dead == Side.HERE) {
                drop(mine);
            } else {
                there.remove(theirs);
            }
        } else if (living == Side.THERE) { // the later records were mistakes
            there.removeIf(e -> e.date().isAfter(death));
            attendanceThereUntil = death;
        } else {
            new ArrayList<>(here).stream().filter(e -> e.date().isAfter(death)).forEach(this::drop);
        }
        return false;
    }

    /** The first record of a side dated after the day, described; null when there is none. */
    private String laterRecord(Side side, LocalDate day) {
        List<MembershipEvent> events = side == Side.HERE ? here : withoutDuplicates(there, here);
        Optional<MembershipEvent> event = events.stream().filter(e -> e.date().isAfter(day))
                .min(Comparator.comparing(MembershipEvent::date));
        Optional<LocalDate> meeting = in.attendance(side).stream().filter(d -> d.isAfter(day)).min(LocalDate::compareTo);
        if (event.isPresent() && (meeting.isEmpty() || !meeting.get().isBefore(event.get().date()))) {
            return "\"" + event.get().type().label() + "\" ngày " + DateFormats.format(event.get().date());
        }
        return meeting.map(d -> "có tên trong buổi sinh hoạt chi bộ ngày " + DateFormats.format(d)).orElse(null);
    }

    /** The joined timeline checked by the register's rules; a break is the last contradiction. */
    private List<MembershipEvent> checked(Member member, List<MembershipEvent> added) {
        try {
            MembershipHistory.of(timeline(here, added)).validate(member.birthDate());
            return added;
        } catch (MembershipRuleViolation broken) {
            Contradiction c = new Contradiction(HISTORY, summary(in.hereEvents()), summary(in.thereEvents()),
                    "Ghép lịch sử của " + in.hereName() + " với của " + in.thereName() + " thì không hợp lệ: "
                            + broken.getMessage());
            Optional<Side> right = decide(c);
            if (right.isEmpty()) {
                return added;
            }
            recycled.clear();
            attendanceThereUntil = null;
            if (right.get() == Side.HERE) {
                here = new ArrayList<>(in.hereEvents());
                return List.of();
            }
            // The source's timeline as it is: every event here goes to the recycle bin, even one of the same day.
            there = new ArrayList<>(sorted(in.thereEvents()));
            here = new ArrayList<>(in.hereEvents());
            new ArrayList<>(here).forEach(this::drop);
            return withJoinDateMove(there);
        }
    }

    /** The move on the join date of a source branch joined into one here, when the joined timeline needs one. */
    private List<MembershipEvent> withJoinDateMove(List<MembershipEvent> added) {
        List<MembershipEvent> all = new ArrayList<>(added);
        JoinDateMove.of(MembershipHistory.of(timeline(here, added)), joinDate, intoOnJoin,
                "Hợp nhất vào Đảng bộ ngày " + DateFormats.format(joinDate)).ifPresent(all::add);
        return all;
    }

    // ------------------------------------------------------------------ keyed facts

    private Set<String> facts() {
        Set<String> fromThere = new HashSet<>();
        for (KeyedFact fact : in.facts()) {
            if (!fact.disagrees()) {
                continue;
            }
            Contradiction c = new Contradiction(fact.field(), fact.here(), fact.there(), fact.field() + ": "
                    + in.hereName() + " ghi " + fact.here() + ", " + in.thereName() + " ghi " + fact.there() + ".");
            if (decide(c).orElse(Side.HERE) == Side.THERE) {
                fromThere.add(fact.field());
            }
        }
        return fromThere;
    }

    // ------------------------------------------------------------------ moves between former units

    /** A transfer out on one side whose next transfer in is on the other side. */
    private List<JoinedHistory.InternalMove> moves(List<MembershipEvent> added) {
        List<Tagged> all = new ArrayList<>();
        here.forEach(e -> all.add(new Tagged(Side.HERE, e, e.id() == null ? Long.MAX_VALUE : e.id())));
        for (int i = 0; i < added.size(); i++) {
            all.add(new Tagged(Side.THERE, added.get(i), THERE_ORDER + i));
        }
        all.sort(Comparator.comparing((Tagged t) -> t.event().date()).thenComparingLong(Tagged::order));
        List<JoinedHistory.InternalMove> moves = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Tagged out = all.get(i);
            if (out.event().type() != MembershipEventType.TRANSFERRED_OUT || out.event().id() == null) {
                continue;
            }
            all.subList(i + 1, all.size()).stream()
                    .filter(t -> t.event().type() == MembershipEventType.TRANSFERRED_IN).findFirst()
                    .filter(next -> next.side() != out.side() && next.event().id() != null)
                    .ifPresent(next -> moves.add(new JoinedHistory.InternalMove(out.side(), out.event().id(),
                            next.side(), next.event().id())));
        }
        return moves;
    }

    private record Tagged(Side side, MembershipEvent event, long order) {
    }

    // ------------------------------------------------------------------ plumbing

    /** The clerk's choice for the contradiction, remembered for the record; empty (and listed) when not made yet. */
    private Optional<Side> decide(Contradiction c) {
        Side right = in.settled().get(c.field());
        if (right == null) {
            open.add(c);
            return Optional.empty();
        }
        settled.add(new JoinedHistory.Settled(c, right));
        return Optional.of(right);
    }

    private void drop(MembershipEvent mine) {
        here.remove(mine);
        recycled.add(mine);
    }

    /** Here's events, then the source's after them (as they will be stored: with later ids). */
    private static List<MembershipEvent> timeline(List<MembershipEvent> here, List<MembershipEvent> added) {
        List<MembershipEvent> all = new ArrayList<>(here);
        for (int i = 0; i < added.size(); i++) {
            all.add(added.get(i).withId(THERE_ORDER + i));
        }
        return all;
    }

    /** In the order they happened, then as recorded: the order the source's events are stored in. */
    private static List<MembershipEvent> sorted(List<MembershipEvent> events) {
        return MembershipHistory.of(events).events();
    }

    /**
     * The source's events that are not already here. Of an admission on the same day the one that
     * names its branch is kept: the other side only knew the person was admitted elsewhere.
     */
    private List<MembershipEvent> deduplicated() {
        List<MembershipEvent> added = new ArrayList<>();
        for (MembershipEvent theirs : there) {
            MembershipEvent mine = here.stream().filter(e -> same(e, theirs)).findFirst().orElse(null);
            if (mine == null) {
                added.add(theirs);
            } else if (mine.branchId() == null && theirs.branchId() != null) {
                drop(mine);
                added.add(theirs);
            }
        }
        return added;
    }

    private static List<MembershipEvent> withoutDuplicates(List<MembershipEvent> events, List<MembershipEvent> other) {
        return events.stream().filter(e -> other.stream().noneMatch(o -> same(e, o))).toList();
    }

    private static boolean same(MembershipEvent a, MembershipEvent b) {
        return a.type() == b.type() && a.date().equals(b.date());
    }

    private static MembershipEvent first(List<MembershipEvent> events, MembershipEventType type) {
        return events.stream().filter(e -> e.type() == type).min(Comparator.comparing(MembershipEvent::date)).orElse(null);
    }

    private static String label(MembershipEventType type) {
        return switch (type) {
            case ADMITTED -> "Ngày vào Đảng";
            case RECOGNIZED_OFFICIAL -> "Ngày chính thức";
            case READMITTED -> "Ngày kết nạp lại";
            case DIED -> "Ngày từ trần";
            default -> type.label();
        };
    }

    /** "Kết nạp 12/03/1990; Công nhận … 12/03/1991; …". */
    private static String summary(List<MembershipEvent> events) {
        return String.join("; ", sorted(events).stream()
                .map(e -> e.type().label() + " " + DateFormats.format(e.date())).toList());
    }
}
