package vn.dangvu.model;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dangvu.model.admission.AdmissionAge;

/**
 * A member's events in the order they happened (date, then the order they were recorded).
 * Status, branch and đảng số on any day are derived here; an event dated D takes effect at
 * the end of D (project rule).
 */
public final class MembershipHistory {

    /** By date, then in the order recorded (an unsaved event last). Written out: the statistics sort 100,000 histories. */
    private static final Comparator<MembershipEvent> CHRONOLOGICAL = (a, b) -> {
        int byDate = a.date().compareTo(b.date());
        return byDate != 0 ? byDate : Long.compare(recordOrder(a), recordOrder(b));
    };

    private final List<MembershipEvent> events;

    private MembershipHistory(List<MembershipEvent> events) {
        this.events = events;
    }

    /** A history as stored: assumed valid, only sorted. */
    public static MembershipHistory of(List<MembershipEvent> events) {
        MembershipEvent[] sorted = events.toArray(new MembershipEvent[0]);
        Arrays.sort(sorted, CHRONOLOGICAL);
        return new MembershipHistory(List.of(sorted));
    }

    private static long recordOrder(MembershipEvent event) {
        return event.id() == null ? Long.MAX_VALUE : event.id();
    }

    public static MembershipHistory empty() {
        return new MembershipHistory(List.of());
    }

    /**
     * The history with one more event, refused with a clear message if the whole history
     * no longer makes sense (an official recognition before admission, leaving twice, an
     * event before birth, ...).
     */
    public MembershipHistory append(MembershipEvent event, LocalDate birthDate) {
        List<MembershipEvent> all = new ArrayList<>(events);
        all.add(event);
        MembershipHistory candidate = of(all);
        candidate.validate(birthDate);
        return candidate;
    }

    /** Throws {@link MembershipRuleViolation} for the first event that makes no sense. */
    public void validate(LocalDate birthDate) {
        Replay replay = new Replay(birthDate);
        for (MembershipEvent event : events) {
            if (birthDate != null && !event.date().isAfter(birthDate)) {
                throw new MembershipRuleViolation(event, "Sự kiện \"" + event.type().label() + "\" ngày "
                        + format(event.date()) + " không thể trước hoặc trùng ngày sinh " + format(birthDate) + ".");
            }
            replay.apply(event, true);
        }
    }

    public MembershipState stateOn(LocalDate date) {
        Replay replay = new Replay(null);
        for (MembershipEvent event : events) {
            if (event.date().isAfter(date)) {
                break;
            }
            replay.apply(event, false);
        }
        return replay.state();
    }

    public List<MembershipEvent> events() {
        return events;
    }

    /**
     * The history as it stood at the end of a day: the events dated by then, less a recognition
     * decided after it. A recognition is dated at the end of the 12 months even when decided
     * later (§5), so on the days between the member was still waiting for it.
     */
    public MembershipHistory asKnownOn(LocalDate day) {
        List<MembershipEvent> known = new ArrayList<>(events.size());
        for (MembershipEvent event : events) {
            if (event.date().isAfter(day)) {
                break;
            }
            LocalDate decided = event.decision().date();
            if (event.type() != MembershipEventType.RECOGNIZED_OFFICIAL || decided == null || !decided.isAfter(day)) {
                known.add(event);
            }
        }
        return known.size() == events.size() ? this : new MembershipHistory(List.copyOf(known));
    }

    /**
     * The member's path through the days from..to in one replay: the state at the end of the day
     * before {@code from}, each event dated within the period with the state just before and
     * just after it, and the state at the end of {@code to}. Period tables count flows from it.
     */
    public PeriodTrace trace(LocalDate from, LocalDate to) {
        Replay replay = new Replay(null);
        MembershipState opening = null;
        List<PeriodTrace.Step> steps = null;
        for (MembershipEvent event : events) {
            if (event.date().isAfter(to)) {
                break;
            }
            if (event.date().isBefore(from)) {
                replay.apply(event, false);
                continue;
            }
            MembershipState before = replay.state();
            if (opening == null) {
                opening = before;
                steps = new ArrayList<>(2);
            }
            replay.apply(event, false);
            steps.add(new PeriodTrace.Step(event, before, replay.state()));
        }
        MembershipState closing = replay.state();
        return opening == null ? new PeriodTrace(closing, List.of(), closing) : new PeriodTrace(opening, steps, closing);
    }

    /** The first admission ceremony (or re-admission when the first is not on file), wherever it was held. */
    public Optional<LocalDate> firstAdmissionDate() {
        for (MembershipEvent event : events) {
            if (event.type() == MembershipEventType.ADMITTED || event.type() == MembershipEventType.READMITTED) {
                return Optional.of(event.date());
            }
        }
        return Optional.empty();
    }

    /** Ngày vào Đảng shown on a day: the latest admission (or re-admission) on or before it. */
    public Optional<LocalDate> admissionDateOn(LocalDate date) {
        return latestOn(date, MembershipEventType.ADMITTED, MembershipEventType.READMITTED);
    }

    /** Ngày chính thức shown on a day: the latest recognition on or before it, if it follows the admission. */
    public Optional<LocalDate> officialDateOn(LocalDate date) {
        Optional<LocalDate> official = latestOn(date, MembershipEventType.RECOGNIZED_OFFICIAL);
        Optional<LocalDate> admission = admissionDateOn(date);
        if (official.isPresent() && admission.isPresent() && official.get().isBefore(admission.get())) {
            return Optional.empty();
        }
        return official;
    }

    private Optional<LocalDate> latestOn(LocalDate date, MembershipEventType... types) {
        LocalDate found = null;
        for (MembershipEvent event : events) {
            if (event.date().isAfter(date)) {
                break;
            }
            if (List.of(types).contains(event.type())) {
                found = event.date();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The party standing of a person apart from where they are. */
    private enum Standing { NONE, PROBATIONARY, OFFICIAL, REMOVED, EXPELLED, RESIGNED, DIED }

    /** Where a person is relative to the committee. */
    private enum Presence { OUTSIDE, INSIDE, TRANSFERRED_OUT, HOSTED, HOSTING_ENDED }

    /** The state machine behind both validation and derivation. */
    private static final class Replay {
        private final LocalDate birthDate;
        private Standing standing = Standing.NONE;
        private Presence presence = Presence.OUTSIDE;
        private Long branchId;
        private boolean exempt;
        private boolean away;
        private boolean suspended;
        private boolean readmitted;
        private Standing standingBeforeLeaving;
        private LocalDate admittedOn;

        Replay(LocalDate birthDate) {
            this.birthDate = birthDate;
        }

        void apply(MembershipEvent e, boolean strict) {
            String refusal = strict ? refusal(e) : null;
            if (refusal != null) {
                throw new MembershipRuleViolation(e, "Không thể ghi \"" + e.type().label() + "\" ngày "
                        + format(e.date()) + ": " + refusal);
            }
            switch (e.type()) {
                case ADMITTED, READMITTED -> {
                    readmitted |= e.type() == MembershipEventType.READMITTED;
                    standing = Standing.PROBATIONARY;
                    admittedOn = e.date();
                    enter(e.branchId());
                }
                case RECOGNIZED_OFFICIAL -> standing = Standing.OFFICIAL;
                case TRANSFERRED_IN -> {
                    enter(e.branchId());
                    away = false;
                }
                case TRANSFERRED_OUT -> {
                    presence = Presence.TRANSFERRED_OUT;
                    away = false;
                    exempt = false;
                    suspended = false;
                }
                case TEMPORARY_LEAVE -> away = true;
                case TEMPORARY_RETURN -> away = false;
                case HOSTING_STARTED -> {
                    presence = Presence.HOSTED;
                    branchId = e.branchId();
                }
                case HOSTING_ENDED -> presence = Presence.HOSTING_ENDED;
                case BRANCH_MOVED -> branchId = e.branchId();
                case EXEMPTED -> exempt = true;
                case EXEMPTION_ENDED -> exempt = false;
                case SUSPENDED -> suspended = true;
                case SUSPENSION_ENDED -> suspended = false;
                case REMOVED, EXPELLED, RESIGNED, DIED -> {
                    standingBeforeLeaving = standing;
                    standing = switch (e.type()) {
                        case REMOVED -> Standing.REMOVED;
                        case EXPELLED -> Standing.EXPELLED;
                        case RESIGNED -> Standing.RESIGNED;
                        default -> Standing.DIED;
                    };
                    exempt = false;
                    away = false;
                    suspended = false;
                }
                case RESTORED -> standing = standingBeforeLeaving;
            }
        }

        private void enter(Long branch) {
            if (branch != null) {
                presence = Presence.INSIDE;
                branchId = branch;
            }
        }

        /** Why the event cannot happen now, or null when it can. */
        private String refusal(MembershipEvent e) {
            boolean member = standing == Standing.PROBATIONARY || standing == Standing.OFFICIAL;
            boolean inside = member && presence == Presence.INSIDE;
            if (standing == Standing.DIED) {
                return "đảng viên đã từ trần.";
            }
            return switch (e.type()) {
                case ADMITTED -> standing != Standing.NONE
                        ? "người này đã được kết nạp ngày " + format(admittedOn)
                        + "; người đã ra khỏi Đảng chỉ có thể \"Kết nạp lại\"."
                        : tooYoung(e.date());
                case READMITTED -> {
                    if (readmitted) {
                        yield "chỉ được kết nạp lại một lần.";
                    }
                    yield standing == Standing.REMOVED || standing == Standing.EXPELLED || standing == Standing.RESIGNED
                            ? tooYoung(e.date()) : "chỉ kết nạp lại người đã ra khỏi Đảng.";
                }
                case RECOGNIZED_OFFICIAL -> {
                    if (standing != Standing.PROBATIONARY) {
                        yield standing == Standing.OFFICIAL ? "đã là đảng viên chính thức."
                                : "chưa có sự kiện kết nạp trước ngày này (ngày chính thức phải sau ngày vào Đảng).";
                    }
                    yield e.date().isAfter(admittedOn) ? null
                            : "ngày chính thức phải sau ngày vào Đảng " + format(admittedOn) + ".";
                }
                case TRANSFERRED_IN -> {
                    if (!member) {
                        yield "chưa có ngày vào Đảng trước ngày chuyển đến.";
                    }
                    yield presence == Presence.INSIDE ? "đang sinh hoạt tại Đảng bộ." : null;
                }
                case TRANSFERRED_OUT -> inside ? null : notInside(member);
                case TEMPORARY_LEAVE -> !inside ? notInside(member) : away ? "đang sinh hoạt tạm thời ở nơi khác." : null;
                case TEMPORARY_RETURN -> away ? null : "không có chuyển sinh hoạt tạm thời đi nào chưa kết thúc.";
                case HOSTING_STARTED -> presence == Presence.HOSTED ? "đang sinh hoạt tạm thời tại Đảng bộ."
                        : inside ? "là đảng viên của Đảng bộ, không tiếp nhận sinh hoạt tạm thời." : null;
                case HOSTING_ENDED -> presence == Presence.HOSTED ? null : "không sinh hoạt tạm thời tại Đảng bộ.";
                case BRANCH_MOVED -> {
                    if (!inside && presence != Presence.HOSTED) {
                        yield notInside(member);
                    }
                    yield e.branchId().equals(branchId) ? "đã ở chi bộ này." : null;
                }
                case EXEMPTED -> !inside ? notInside(member) : exempt ? "đã được miễn công tác và sinh hoạt." : null;
                case EXEMPTION_ENDED -> exempt ? null : "không có quyết định miễn sinh hoạt nào đang hiệu lực.";
                case SUSPENDED -> !inside ? notInside(member) : suspended ? "đang bị đình chỉ sinh hoạt đảng." : null;
                case SUSPENSION_ENDED -> suspended ? null : "không bị đình chỉ sinh hoạt đảng.";
                case EXPELLED -> !inside ? notInside(member) : standing == Standing.PROBATIONARY
                        ? "đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo; nếu không đủ tư cách thì xóa tên." : null;
                case REMOVED, RESIGNED, DIED -> inside ? null : notInside(member);
                case RESTORED -> standing == Standing.REMOVED || standing == Standing.EXPELLED ? null
                        : "chỉ khôi phục đảng tịch cho người đã bị xóa tên hoặc khai trừ.";
            };
        }

        private String tooYoung(LocalDate admission) {
            if (birthDate == null || AdmissionAge.oldEnough(birthDate, admission)) {
                return null;
            }
            return "khi đó mới " + java.time.Period.between(birthDate, admission).getYears()
                    + " tuổi; người vào Đảng phải đủ " + AdmissionAge.MINIMUM_YEARS + " tuổi (sinh ngày "
                    + format(birthDate) + ").";
        }

        private String notInside(boolean member) {
            if (standing == Standing.NONE) {
                return "chưa vào Đảng.";
            }
            if (!member) {
                return "đã ra khỏi Đảng.";
            }
            return presence == Presence.TRANSFERRED_OUT ? "đã chuyển đi khỏi Đảng bộ."
                    : "không sinh hoạt tại Đảng bộ.";
        }

        MembershipState state() {
            return new MembershipState(status(), branchId, exempt, away, suspended);
        }

        private MemberStatus status() {
            return switch (standing) {
                case NONE -> presence == Presence.HOSTED ? MemberStatus.HOSTED
                        : presence == Presence.HOSTING_ENDED ? MemberStatus.HOSTING_ENDED : MemberStatus.NOT_YET_MEMBER;
                case REMOVED -> MemberStatus.REMOVED;
                case EXPELLED -> MemberStatus.EXPELLED;
                case RESIGNED -> MemberStatus.RESIGNED;
                case DIED -> MemberStatus.DIED;
                case PROBATIONARY, OFFICIAL -> switch (presence) {
                    case INSIDE -> standing == Standing.OFFICIAL ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
                    case TRANSFERRED_OUT -> MemberStatus.TRANSFERRED_OUT;
                    case HOSTED -> MemberStatus.HOSTED;
                    case HOSTING_ENDED -> MemberStatus.HOSTING_ENDED;
                    case OUTSIDE -> MemberStatus.NOT_YET_MEMBER;
                };
            };
        }
    }
}
