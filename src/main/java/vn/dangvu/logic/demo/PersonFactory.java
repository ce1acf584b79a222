package vn.dangvu.logic.demo;

import static vn.dangvu.logic.demo.BranchPlan.date;
import static vn.dangvu.logic.demo.BranchPlan.max;
import static vn.dangvu.logic.demo.BranchPlan.min;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import vn.dangvu.logic.demo.BranchPlan.Planned;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipRuleViolation;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/**
 * One demo person and their whole party life: admission (here or elsewhere), probation,
 * recognition, moves between branches, temporary leave, exemption in old age, and how they
 * left, if they did. Every history is validated by {@link MembershipHistory#validate} before
 * it is handed out, and nothing is dated after today.
 */
final class PersonFactory {

    /** Rare lives placed on purpose so that every demo shows them. */
    enum Scenario { RANDOM, READMITTED, RESTORED, PROBATION_REMOVED, EXPELLED }

    /**
     * A generated person: the member without id and card number (given later, in insertion
     * order), whether they hold a card, and their events in order (without ids).
     */
    record Person(Member member, boolean hasCard, List<MembershipEvent> events, boolean inPartyStrengthToday) {
    }

    static final String RECORDED_BY = "Dữ liệu mẫu";

    /** Age at today of the people in the register: a rural committee, with many retirees. */
    private static final int[][] AGE_BANDS = {
            {19, 24, 30}, {25, 29, 65}, {30, 34, 95}, {35, 39, 110}, {40, 44, 110}, {45, 49, 105},
            {50, 54, 100}, {55, 59, 90}, {60, 64, 85}, {65, 69, 75}, {70, 74, 60}, {75, 79, 40},
            {80, 84, 23}, {85, 89, 12}, {90, 95, 5}};
    /** Age at admission: mostly 20–35. */
    private static final int[][] ADMISSION_AGE = {
            {18, 19, 40}, {20, 24, 250}, {25, 29, 280}, {30, 34, 200}, {35, 39, 110}, {40, 44, 60},
            {45, 49, 35}, {50, 58, 25}};
    private static final Weighted<String> ETHNICITY = Weighted.pairs(
            "Kinh", 72.0, "Tày", 9.0, "Dao", 7.0, "Sán Chay", 5.0, "Sán Dìu", 3.0, "Nùng", 2.0, "Hoa", 0.7,
            "Mường", 0.7, "Thái", 0.6);
    private static final Weighted<String> RELIGION = Weighted.pairs(
            "", 92.5, "Phật giáo", 5.0, "Công giáo", 2.2, "Tin lành", 0.3);
    private static final Weighted<String> VILLAGE_JOBS = Weighted.pairs(
            "Nông dân", 38, "Nuôi trồng thủy sản", 9, "Kinh doanh, dịch vụ", 12, "Công nhân", 10,
            "Lao động tự do", 10, "Cán bộ thôn", 6, "Giáo viên", 3, "Nhân viên y tế", 2, "Trồng rừng", 10);
    private static final Weighted<String> VILLAGE_SKILLS = Weighted.pairs(
            "", 55, "Sơ cấp", 15, "Trung cấp", 18, "Cao đẳng", 5, "Đại học", 7);
    private static final Weighted<PoliticalTheory> VILLAGE_THEORY = Weighted.pairs(
            PoliticalTheory.NONE, 35, PoliticalTheory.ELEMENTARY, 55, PoliticalTheory.INTERMEDIATE, 9,
            PoliticalTheory.ADVANCED, 1);
    private static final List<String> DEATH_NOTES = List.of(
            "Từ trần do tuổi cao", "Từ trần do bệnh", "Từ trần tại nhà riêng", "Từ trần tại bệnh viện",
            "Từ trần do tai nạn");
    private static final List<String> OUT_NOTES = List.of(
            "Chuyển công tác", "Chuyển nơi cư trú", "Về sinh hoạt nơi cư trú mới", "Chuyển đi theo gia đình",
            "Chuyển công tác theo quyết định điều động");
    private static final List<String> REMOVAL_NOTES = List.of(
            "Bỏ sinh hoạt chi bộ 3 tháng trong năm không có lý do chính đáng",
            "Không đóng đảng phí 3 tháng trong năm không có lý do chính đáng",
            "Giảm sút ý chí phấn đấu, không thực hiện nhiệm vụ đảng viên, đã được giáo dục nhưng không tiến bộ");
    private static final List<String> EXPULSION_NOTES = List.of(
            "Vi phạm pháp luật, bị tòa án tuyên phạt tù",
            "Vi phạm quy định về những điều đảng viên không được làm, gây hậu quả nghiêm trọng",
            "Tham ô tài sản, vi phạm nguyên tắc quản lý tài chính");

    /** How a member left the register (type null: still a member today). */
    private record Fate(MembershipEventType type, LocalDate date, boolean probationary, boolean readmit,
                        boolean restore) {
        static final Fate NONE = new Fate(null, null, false, false, false);
    }

    private final SplittableRandom random;
    private final BranchPlan branches;
    private final LocalDate today;
    private final String committeeBody;
    private final String superiorBody;
    private final String localUnit;
    private final String district;
    private final long citizenOffset;
    private final long profileOffset;
    private int rejectedDraws;

    PersonFactory(SplittableRandom random, BranchPlan branches, LocalDate today, String committeeBody,
                  String superiorBody, String localUnit, String district) {
        this.random = random;
        this.branches = branches;
        this.today = today;
        this.committeeBody = committeeBody;
        this.superiorBody = superiorBody;
        this.localUnit = localUnit;
        this.district = district;
        this.citizenOffset = random.nextLong(1_000_000L);
        this.profileOffset = random.nextLong(1_000_000L);
    }

    /** Draws that broke a rule and were drawn again (a bug if ever above zero). */
    int rejectedDraws() {
        return rejectedDraws;
    }

    Person create(int index, Scenario scenario, boolean hosted) {
        for (int attempt = 0; ; attempt++) {
            Draft draft = new Draft(index, attempt == 0 ? scenario : Scenario.RANDOM);
            try {
                if (hosted) {
                    draft.hostedLife();
                } else {
                    draft.ownLife();
                }
                draft.followBranchChanges();
                MembershipHistory history = draft.check();
                return new Person(draft.member(), draft.hosted || draft.recognised, draft.events,
                        history.stateOn(today).countsInPartyStrength());
            } catch (MembershipRuleViolation | IllegalStateException e) {
                rejectedDraws++;
                if (attempt >= 5) {
                    throw new IllegalStateException("Không tạo được lịch sử hợp lệ cho người thứ " + index + ": "
                            + e.getMessage(), e);
                }
            }
        }
    }

    /** The number with leading zeros to the width ("%08d" without the cost of a Formatter). */
    static String digits(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    private static int sample(SplittableRandom random, int[][] bands) {
        int total = 0;
        for (int[] band : bands) {
            total += band[2];
        }
        int x = random.nextInt(total);
        for (int[] band : bands) {
            if (x < band[2]) {
                return band[0] + random.nextInt(band[1] - band[0] + 1);
            }
            x -= band[2];
        }
        throw new IllegalStateException();
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private static String bodyOf(OtherOrganisation organisation) {
        String name = organisation.name();
        return name.startsWith("Đảng bộ ") ? "Đảng ủy " + name.substring("Đảng bộ ".length()) : name;
    }

    /** One attempt at a person. */
    private final class Draft {
        final int index;
        final Scenario scenario;
        final List<MembershipEvent> events = new ArrayList<>();
        final Sex sex;
        final LocalDate birth;
        final int age;
        final String ethnicity;
        final String religion;
        final PersonName name;
        final Planned homeVillage;
        Planned laterVillage;
        LocalDate movedHouseOn;
        Planned work;
        LocalDate retiresOn;
        LocalDate admittedOn;
        LocalDate entryOn;
        OtherOrganisation cameFrom;
        boolean recognised;
        boolean hosted;
        boolean died;
        LocalDate diedOn;

        Draft(int index, Scenario scenario) {
            this.index = index;
            this.scenario = scenario;
            int years = switch (scenario) {
                case RANDOM -> sample(random, AGE_BANDS);
                default -> 45 + random.nextInt(20);
            };
            birth = today.minusYears(years).minusDays(1 + random.nextInt(364));
            age = Period.between(birth, today).getYears();
            double female = age < 40 ? 0.40 : age < 60 ? 0.30 : 0.20;
            sex = chance(female) ? Sex.FEMALE : Sex.MALE;
            ethnicity = ETHNICITY.pick(random);
            religion = RELIGION.pick(random);
            name = VietnameseNames.pick(random, sex, ethnicity, birth.getYear());
            homeVillage = branches.pickVillage(random);
        }

        // ---------------------------------------------------------------- own members

        void ownLife() {
            LocalDate earliest = max(birth.plusYears(18), BranchPlan.EARLIEST_EVENT);
            LocalDate admitted = null;
            for (int draw = 0; draw < 20 && (admitted == null || !admitted.isBefore(today)); draw++) {
                // The admission age of the young is drawn from the same curve, cut at their age.
                int admissionAge = scenario == Scenario.RANDOM ? sample(random, ADMISSION_AGE) : 22 + random.nextInt(7);
                admitted = birth.plusYears(admissionAge).plusDays(random.nextInt(365));
            }
            if (!admitted.isBefore(today)) {
                admitted = date(random, earliest, today.minusDays(1));
            }
            admittedOn = max(admitted, earliest);
            LocalDate probationEnds = admittedOn.plusMonths(12);
            LocalDate recognitionDecided = probationEnds.plusDays(10 + random.nextInt(36));

            // Admitted elsewhere and transferred in (about one in seven).
            LocalDate transferredIn = null;
            if (scenario == Scenario.RANDOM && chance(0.15)) {
                transferredIn = date(random, admittedOn.plusDays(60),
                        min(today.minusDays(1), admittedOn.plusYears(25)));
                if (transferredIn != null && Period.between(birth, transferredIn).getYears() >= 70) {
                    transferredIn = null;
                }
            }
            entryOn = transferredIn == null ? admittedOn : transferredIn;
            if (Period.between(birth, entryOn).getYears() < 50 && chance(0.28)) {
                work = branches.pickWorkplace(random);
                if (sex == Sex.FEMALE && (work.kind == BranchKind.POLICE || work.kind == BranchKind.MILITIA)
                        && chance(0.7)) {
                    work = null;
                }
                retiresOn = birth.plusYears(sex == Sex.MALE ? 60 : 55).plusDays(random.nextInt(730));
                if (work != null && (!retiresOn.isAfter(work.foundedOn) || !retiresOn.isAfter(entryOn))) {
                    work = null;
                }
            }
            if (chance(0.07)) {
                movedHouseOn = date(random, entryOn.plusYears(1), today.minusDays(1));
                laterVillage = branches.pickVillage(random);
                if (movedHouseOn == null || laterVillage == homeVillage) {
                    movedHouseOn = null;
                    laterVillage = null;
                }
            }

            // How they left, if they did.
            Fate fate = fate(probationEnds, recognitionDecided);
            LocalDate leftOn = fate.date();

            if (transferredIn == null) {
                events.add(event(MembershipEventType.ADMITTED, admittedOn,
                        DecisionNumbers.pending(DecisionNumbers.COMMITTEE,
                                admittedOn.minusDays(7 + random.nextInt(34)), committeeBody), null, null));
            } else {
                cameFrom = any(DemoPlaces.TRANSFER_ORGANISATIONS);
                events.add(new MembershipEvent(null, MembershipEventType.ADMITTED, admittedOn, null, Decision.NONE,
                        OtherOrganisation.NONE, "Kết nạp tại " + cameFrom.name(), RECORDED_BY));
            }
            boolean recognisedBeforeLeaving = !fate.probationary() && !recognitionDecided.isAfter(today)
                    && (leftOn == null || recognitionDecided.isBefore(leftOn));
            if (transferredIn != null && !probationEnds.isAfter(transferredIn)) {
                // Recognised where they were admitted, before coming here.
                events.add(new MembershipEvent(null, MembershipEventType.RECOGNIZED_OFFICIAL, probationEnds, null,
                        Decision.NONE, OtherOrganisation.NONE, "Công nhận chính thức tại " + cameFrom.name(),
                        RECORDED_BY));
                recognised = true;
            }
            if (transferredIn != null) {
                LocalDate letter = transferredIn.minusDays(3 + random.nextInt(40));
                events.add(new MembershipEvent(null, MembershipEventType.TRANSFERRED_IN, transferredIn,
                        branchOn(transferredIn), new Decision((1 + random.nextInt(400)) + "-GT/ĐU",
                        max(letter, admittedOn.plusDays(1)), bodyOf(cameFrom)), cameFrom,
                        any(List.of("Chuyển công tác về địa phương", "Chuyển về nơi cư trú", "Nghỉ hưu về quê",
                                "Xuất ngũ về địa phương")), RECORDED_BY));
            }
            if (!recognised && recognisedBeforeLeaving) {
                events.add(event(MembershipEventType.RECOGNIZED_OFFICIAL, probationEnds,
                        DecisionNumbers.pending(DecisionNumbers.COMMITTEE, recognitionDecided, committeeBody), null,
                        null));
                recognised = true;
            }

            LocalDate activeUntil = leftOn == null ? today : leftOn;
            LocalDate exemptOn = exemption(activeUntil);
            temporaryLeaves(fate, activeUntil, exemptOn);

            if (fate.type() != null) {
                leave(fate);
            }
        }

        /** Exempted in old age (or for a while, when ill); returns the day, or null. */
        private LocalDate exemption(LocalDate activeUntil) {
            int ageAtEnd = Period.between(birth, activeUntil).getYears();
            if (ageAtEnd >= 70 && chance(0.5)) {
                LocalDate on = birth.plusYears(68 + random.nextInt(Math.min(ageAtEnd, 80) - 67)).plusDays(random.nextInt(365));
                on = max(on, entryOn.plusYears(1));
                if (on.isBefore(activeUntil)) {
                    events.add(event(MembershipEventType.EXEMPTED, on, null, null,
                            any(List.of("Tuổi cao, sức yếu", "Tuổi cao, sức khỏe yếu, có đơn đề nghị",
                                    "Ốm đau dài ngày"))));
                    return on;
                }
            } else if (ageAtEnd < 70 && chance(0.006)) {
                LocalDate on = date(random, max(entryOn.plusYears(1), birth.plusYears(30)), activeUntil.minusDays(1));
                if (on != null) {
                    events.add(event(MembershipEventType.EXEMPTED, on, null, null, "Ốm đau dài ngày, có đơn đề nghị"));
                    LocalDate until = on.plusDays(365 + random.nextInt(730));
                    if (until.isBefore(activeUntil)) {
                        events.add(event(MembershipEventType.EXEMPTION_ENDED, until, null, null,
                                "Sức khỏe đã hồi phục"));
                    }
                    return on;
                }
            }
            return null;
        }

        /** Away for a while to study or work: some in the past, a few right now. */
        private void temporaryLeaves(Fate fate, LocalDate activeUntil, LocalDate exemptOn) {
            LocalDate limit = exemptOn == null ? activeUntil : min(activeUntil, exemptOn);
            LocalDate awayNow = null;
            if (fate.type() == null && exemptOn == null && age < 58 && chance(0.03)) {
                awayNow = date(random, max(entryOn.plusDays(30), today.minusDays(330)), today.minusDays(3));
                limit = awayNow == null ? limit : min(limit, awayNow);
            }
            if (chance(0.07)) {
                boolean study = chance(0.3);
                int days = study ? 180 + random.nextInt(520) : 90 + random.nextInt(240);
                LocalDate leave = date(random, entryOn.plusDays(180), limit.minusDays(days + 30L));
                if (leave != null) {
                    addLeave(leave, study);
                    events.add(event(MembershipEventType.TEMPORARY_RETURN, leave.plusDays(days), null, null,
                            "Trở về sinh hoạt tại chi bộ"));
                }
            }
            if (awayNow != null) {
                addLeave(awayNow, chance(0.3));
            }
        }

        private void addLeave(LocalDate on, boolean study) {
            OtherOrganisation to = any(study ? DemoPlaces.STUDY_ORGANISATIONS : DemoPlaces.WORK_ORGANISATIONS);
            events.add(new MembershipEvent(null, MembershipEventType.TEMPORARY_LEAVE, on, null,
                    DecisionNumbers.pending(DecisionNumbers.LETTER, on, committeeBody), to,
                    study ? "Đi học" : "Đi làm việc có thời hạn", RECORDED_BY));
        }

        /** The way out of the register (or null type: still a member today). */
        private Fate fate(LocalDate probationEnds, LocalDate recognitionDecided) {
            LocalDate official = max(entryOn, recognitionDecided);
            switch (scenario) {
                case READMITTED -> {
                    LocalDate left = date(random, official.plusYears(2), today.minusYears(6));
                    if (left != null) {
                        return new Fate(chance(0.5) ? MembershipEventType.REMOVED : MembershipEventType.RESIGNED,
                                left, false, true, false);
                    }
                }
                case RESTORED -> {
                    LocalDate left = date(random, official.plusYears(1), today.minusYears(3));
                    if (left != null) {
                        return new Fate(MembershipEventType.EXPELLED, left, false, false, true);
                    }
                }
                case EXPELLED -> {
                    LocalDate left = date(random, official.plusYears(1), today.minusDays(30));
                    if (left != null) {
                        return new Fate(MembershipEventType.EXPELLED, left, false, false, false);
                    }
                }
                case PROBATION_REMOVED -> {
                    if (!recognitionDecided.isAfter(today) && entryOn.isBefore(probationEnds)) {
                        return new Fate(MembershipEventType.REMOVED, recognitionDecided, true, false, false);
                    }
                }
                default -> {
                }
            }
            double deathChance = age < 50 ? 0.005 : age < 60 ? 0.02 : age < 70 ? 0.06 : age < 80 ? 0.15
                    : age < 90 ? 0.30 : 0.45;
            double r = random.nextDouble();
            if (r < deathChance) {
                LocalDate lower = max(max(entryOn.plusDays(60), birth.plusYears(60)), today.minusYears(30));
                LocalDate on = date(random, lower, today);
                LocalDate other = date(random, lower, today);
                if (on != null && other.isAfter(on)) {
                    on = other; // the later of two: most die old
                }
                if (on == null) { // died before 60: rare, and rarely young
                    on = date(random, max(max(entryOn.plusDays(60), birth.plusYears(35)), today.minusYears(30)), today);
                }
                return on == null ? Fate.NONE : new Fate(MembershipEventType.DIED, on, false, false, false);
            }
            r -= deathChance;
            if (r < 0.065) {
                LocalDate on = date(random, entryOn.plusYears(1), min(today.minusDays(1), birth.plusYears(62)));
                if (on == null) {
                    return Fate.NONE;
                }
                return new Fate(MembershipEventType.TRANSFERRED_OUT, on, false, false, false);
            }
            r -= 0.065;
            MembershipEventType[] rare = {MembershipEventType.REMOVED, MembershipEventType.EXPELLED,
                    MembershipEventType.RESIGNED};
            double[] chances = {0.005, 0.0015, 0.002};
            for (int i = 0; i < rare.length; i++) {
                if (r < chances[i]) {
                    LocalDate on = date(random, official.plusYears(1), today.minusDays(1));
                    return on == null ? Fate.NONE : new Fate(rare[i], on, false, false, false);
                }
                r -= chances[i];
            }
            if (r < 0.003 && !recognitionDecided.isAfter(today) && entryOn.isBefore(probationEnds)) {
                return new Fate(MembershipEventType.REMOVED, recognitionDecided, true, false, false);
            }
            return Fate.NONE;
        }

        /** Records how the member left, and what came after for the rare ones who came back. */
        private void leave(Fate fate) {
            MembershipEventType type = fate.type();
            LocalDate date = fate.date();
            switch (type) {
                case DIED -> {
                    died = true;
                    diedOn = date;
                    events.add(event(type, date, null, null, any(DEATH_NOTES)));
                }
                case TRANSFERRED_OUT -> {
                    OtherOrganisation to = any(DemoPlaces.TRANSFER_ORGANISATIONS);
                    events.add(new MembershipEvent(null, type, date, null,
                            DecisionNumbers.pending(DecisionNumbers.LETTER, date, committeeBody), to,
                            any(OUT_NOTES), RECORDED_BY));
                    if (date.isBefore(today.minusYears(2)) && chance(0.1)) {
                        LocalDate back = date(random, date.plusYears(1), min(today.minusDays(1), date.plusYears(10)));
                        if (back != null) {
                            events.add(new MembershipEvent(null, MembershipEventType.TRANSFERRED_IN, back,
                                    branchOn(back), new Decision((1 + random.nextInt(400)) + "-GT/ĐU",
                                    back.minusDays(5 + random.nextInt(20)), bodyOf(to)), to,
                                    "Chuyển về lại địa phương", RECORDED_BY));
                        }
                    }
                }
                case REMOVED -> events.add(event(type, date,
                        DecisionNumbers.pending(DecisionNumbers.COMMITTEE, date, committeeBody), null,
                        fate.probationary() ? "Đảng viên dự bị không đủ tư cách để công nhận chính thức"
                                : any(REMOVAL_NOTES)));
                case EXPELLED -> events.add(event(type, date,
                        DecisionNumbers.pending(DecisionNumbers.COMMITTEE, date, committeeBody), null,
                        any(EXPULSION_NOTES)));
                case RESIGNED -> events.add(event(type, date,
                        DecisionNumbers.pending(DecisionNumbers.COMMITTEE, date, committeeBody), null,
                        "Có đơn tự nguyện xin ra khỏi Đảng vì hoàn cảnh gia đình"));
                default -> throw new IllegalStateException(type.name());
            }
            if (fate.readmit()) {
                LocalDate again = date(random, date.plusYears(3), min(date.plusYears(8), today.minusDays(90)));
                if (again == null) {
                    return;
                }
                events.add(event(MembershipEventType.READMITTED, again,
                        DecisionNumbers.pending(DecisionNumbers.SUPERIOR, again.minusDays(7 + random.nextInt(30)),
                                superiorBody), branchOn(again), "Kết nạp lại sau khi đã sửa chữa khuyết điểm"));
                LocalDate official = again.plusMonths(12);
                LocalDate decided = official.plusDays(10 + random.nextInt(30));
                if (!decided.isAfter(today)) {
                    events.add(event(MembershipEventType.RECOGNIZED_OFFICIAL, official,
                            DecisionNumbers.pending(DecisionNumbers.COMMITTEE, decided, committeeBody), null, null));
                }
            }
            if (fate.restore()) {
                LocalDate back = date(random, date.plusMonths(6), min(date.plusMonths(18), today.minusDays(1)));
                if (back != null) {
                    events.add(event(MembershipEventType.RESTORED, back,
                            DecisionNumbers.pending(DecisionNumbers.SUPERIOR, back, superiorBody), null,
                            "Khôi phục đảng tịch sau khi xem xét lại quyết định kỷ luật"));
                }
            }
        }

        // ---------------------------------------------------------------- hosted

        /** A member of another organisation staying here for a while: never in đảng số. */
        void hostedLife() {
            hosted = true;
            cameFrom = any(DemoPlaces.TRANSFER_ORGANISATIONS);
            if (age < 50 && chance(0.5)) {
                work = branches.pickWorkplace(random);
                retiresOn = birth.plusYears(55);
            }
            LocalDate earliest = max(birth.plusYears(Math.min(age, 20)).minusDays(7), BranchPlan.EARLIEST_EVENT);
            boolean current = chance(0.65);
            LocalDate start = current ? date(random, max(earliest, today.minusDays(330)), today.minusDays(1))
                    : date(random, max(earliest, today.minusYears(8)), today.minusDays(400));
            if (start == null) {
                start = date(random, earliest, today.minusDays(1));
                current = true;
            }
            entryOn = start;
            events.add(new MembershipEvent(null, MembershipEventType.HOSTING_STARTED, start, branchOn(start),
                    new Decision((1 + random.nextInt(400)) + "-GT/ĐU", start.minusDays(3 + random.nextInt(20)),
                            bodyOf(cameFrom)), cameFrom,
                    any(List.of("Làm việc có thời hạn tại địa phương", "Tạm trú tại địa phương",
                            "Biệt phái công tác")), RECORDED_BY));
            if (!current) {
                LocalDate end = start.plusDays(90 + random.nextInt(240));
                if (end.isBefore(today)) {
                    events.add(event(MembershipEventType.HOSTING_ENDED, end, null, null, "Trở về nơi sinh hoạt chính thức"));
                }
            }
        }

        // ---------------------------------------------------------------- branches

        /** The branch the person belongs to on a day, by their village, workplace and the branches' history. */
        Long branchOn(LocalDate date) {
            return intended(date).id;
        }

        private Planned intended(LocalDate date) {
            if (work != null && date.isBefore(retiresOn) && work.activeOn(date)) {
                return work;
            }
            Planned village = movedHouseOn != null && !date.isBefore(movedHouseOn) ? laterVillage : homeVillage;
            return branches.resolve(village, date);
        }

        /**
         * On each day their branch changes (a merger, a new branch, retirement, a new home),
         * a person who is in a branch that day moves with a dated event.
         */
        void followBranchChanges() {
            sort();
            // Only villages merge, and a person is only ever placed in their own village(s) or workplace.
            TreeSet<LocalDate> days = new TreeSet<>();
            if (homeVillage.dissolvedOn != null) {
                days.add(homeVillage.dissolvedOn);
            }
            if (laterVillage != null && laterVillage.dissolvedOn != null) {
                days.add(laterVillage.dissolvedOn);
            }
            if (work != null) {
                days.add(work.foundedOn);
                days.add(retiresOn);
            }
            if (movedHouseOn != null) {
                days.add(movedHouseOn);
                days.add(laterVillage.foundedOn);
            }
            days.add(homeVillage.foundedOn);
            LocalDate first = events.get(0).date();
            for (LocalDate day : days.subSet(first, false, today, true)) {
                MembershipState state = MembershipHistory.of(events).stateOn(day);
                boolean inBranch = state.countsInPartyStrength() || state.status() == MemberStatus.HOSTED;
                if (!inBranch || state.branchId() == null) {
                    continue;
                }
                Planned target = intended(day);
                if (target.id == state.branchId()) {
                    continue;
                }
                Planned from = branches.byId(state.branchId());
                MembershipEvent move;
                if (day.equals(from.dissolvedOn) && target == branches.resolve(from, day)) {
                    move = new MembershipEvent(null, MembershipEventType.BRANCH_MOVED, day, target.id,
                            DecisionNumbers.pendingShared(DecisionNumbers.COMMITTEE, "merge:" + from.id,
                                    day.minusDays(7), committeeBody), null,
                            "Sáp nhập " + from.name + " vào " + target.name, RECORDED_BY);
                } else {
                    String why = day.equals(retiresOn) && from == work ? "Nghỉ hưu, chuyển về sinh hoạt tại nơi cư trú"
                            : day.equals(target.foundedOn) ? "Thành lập " + target.name
                            : day.equals(movedHouseOn) ? "Chuyển nơi cư trú"
                            : "Chuyển sinh hoạt đảng trong Đảng bộ";
                    move = event(MembershipEventType.BRANCH_MOVED, day, null, target.id, why);
                }
                int at = 0;
                while (at < events.size() && !events.get(at).date().isAfter(day)) {
                    at++;
                }
                events.add(at, move);
            }
        }

        private void sort() {
            events.sort(Comparator.comparing(MembershipEvent::date)); // stable: same-day order kept
        }

        /** Refuses anything the register would refuse, and anything dated after today. */
        MembershipHistory check() {
            sort();
            MembershipHistory history = MembershipHistory.of(events);
            history.validate(birth);
            for (MembershipEvent e : events) {
                if (e.date().isAfter(today) || (e.decision().date() != null && e.decision().date().isAfter(today))) {
                    throw new IllegalStateException("Sự kiện sau ngày hôm nay: " + e);
                }
                if (e.branchId() != null) {
                    Planned branch = branches.byId(e.branchId());
                    if (!branch.activeOn(e.date())) {
                        throw new IllegalStateException(branch.name + " không hoạt động ngày " + e.date());
                    }
                    if (branch.dissolvedOn != null) { // nobody may be left in a branch that was dissolved
                        MembershipState state = history.stateOn(branch.dissolvedOn);
                        if (e.branchId().equals(state.branchId())
                                && (state.countsInPartyStrength() || state.status() == MemberStatus.HOSTED)) {
                            throw new IllegalStateException("Còn ở " + branch.name + " khi giải thể");
                        }
                    }
                }
            }
            if (!hosted && Period.between(birth, admittedOn).getYears() < 18) {
                throw new IllegalStateException("Kết nạp khi chưa đủ 18 tuổi");
            }
            return history;
        }

        MembershipEvent event(MembershipEventType type, LocalDate date, Decision decision, Long branchId, String note) {
            Long branch = branchId;
            if (branch == null && type.branchUse() != MembershipEventType.BranchUse.NONE) {
                branch = branchOn(date);
            }
            return new MembershipEvent(null, type, date, branch, decision, null, note, RECORDED_BY);
        }

        // ---------------------------------------------------------------- the person record

        Member member() {
            MembershipHistory history = MembershipHistory.of(events);
            MembershipState now = history.stateOn(today);
            LocalDate end = died ? diedOn : today;
            int ageAtEnd = Period.between(birth, end).getYears();
            boolean working = work != null && end.isBefore(retiresOn);
            BranchKind kind = working ? work.kind : BranchKind.VILLAGE;
            boolean local = chance(0.62);
            String homeTown = local ? DemoPlaces.commune(chance(0.5) ? localUnit : "xã " + any(DemoPlaces.AREAS.subList(1, 6)),
                    district) : DemoPlaces.elsewhere(random);
            String birthPlace = chance(0.85) ? homeTown : DemoPlaces.commune(localUnit, district);
            Planned village = movedHouseOn != null ? laterVillage : homeVillage;
            String address = DemoPlaces.capitalised(village.village) + ", " + DemoPlaces.commune(localUnit, district);

            MemberProfile.Builder p = new MemberProfile.Builder();
            p.birthPlace = birthPlace;
            p.homeTown = homeTown;
            p.permanentAddress = address;
            p.occupation = occupation(kind, working, ageAtEnd);
            p.generalEducation = generalEducation(kind);
            p.professionalLevel = professionalLevel(kind);
            p.politicalTheory = politicalTheory(kind);
            if (birth.getYear() >= 1970 && chance(0.4)) {
                p.foreignLanguage = any(List.of("Tiếng Anh trình độ A", "Tiếng Anh trình độ B", "Tiếng Anh bậc 2/6",
                        "Tiếng Trung trình độ A"));
            }
            if (birth.getYear() >= 1965 && chance(0.5)) {
                p.itLevel = any(List.of("Tin học văn phòng", "Chứng chỉ ứng dụng CNTT cơ bản", "Tin học trình độ A"));
            }
            if (!hosted) {
                LocalDate youth = birth.plusYears(15 + random.nextInt(5)).plusDays(random.nextInt(365));
                if (birth.getYear() >= 1945 && youth.isBefore(admittedOn)) {
                    p.youthUnionDate = youth;
                }
                if (cameFrom == null) {
                    p.introducers = VietnameseNames.fullName(random) + ", " + VietnameseNames.fullName(random);
                }
            } else {
                p.note = "Đảng viên chính thức của " + cameFrom.name() + ", sinh hoạt tạm thời tại Đảng bộ";
            }
            if (sex == Sex.MALE && chance(0.22)) {
                LocalDate enlisted = birth.plusYears(18 + random.nextInt(3)).plusDays(random.nextInt(365));
                LocalDate discharged = enlisted.plusYears(2 + random.nextInt(4)).plusDays(random.nextInt(200));
                if (discharged.isBefore(today)) {
                    p.armyEnlistedOn = enlisted;
                    p.armyDischargedOn = discharged;
                    if (birth.getYear() < 1958 && chance(0.2)) {
                        p.warInvalidGrade = any(List.of("Thương binh hạng 2/4", "Thương binh hạng 3/4",
                                "Thương binh hạng 4/4"));
                    }
                }
            }
            p.health = ageAtEnd >= 75 ? "Yếu" : ageAtEnd >= 60 ? any(List.of("Trung bình", "Khá")) : "Tốt";
            if (chance(0.03)) {
                p.familyMerit = any(List.of("Gia đình liệt sĩ", "Gia đình có công với cách mạng",
                        "Con thương binh"));
            }
            if (now.countsInPartyStrength() && chance(0.05)) {
                p.awards = "Giấy khen của " + committeeBody + " năm " + (today.getYear() - 1 - random.nextInt(5));
            }

            String citizen = null;
            if ((diedOn == null || diedOn.getYear() >= 2021) && chance(0.97)) {
                int centurySex = (birth.getYear() >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
                citizen = provinceCode(homeTown) + centurySex + digits(birth.getYear() % 100, 2)
                        + digits(Math.floorMod(98_573L * (index + 1) + citizenOffset, 1_000_000L), 6);
            }
            String profileNumber = hosted ? null
                    : digits(Math.floorMod(7_919L * (index + 1) + profileOffset, 1_000_000L), 6) + "QN";
            return new Member(null, 0, name, sex, birth, ethnicity, religion,
                    new MemberIds(null, profileNumber, citizen), p.build());
        }

        private String occupation(BranchKind kind, boolean working, int ageAtEnd) {
            if (working) {
                return switch (kind) {
                    case SCHOOL -> chance(0.85) ? "Giáo viên" : any(List.of("Cán bộ quản lý giáo dục", "Nhân viên"));
                    case POLICE -> "Công an";
                    case MILITIA -> any(List.of("Cán bộ quân sự", "Dân quân thường trực"));
                    case OFFICE -> any(List.of("Cán bộ, công chức", "Viên chức", "Cán bộ, công chức"));
                    case ENTERPRISE -> any(List.of("Công nhân", "Nhân viên", "Kỹ sư", "Quản lý doanh nghiệp"));
                    default -> VILLAGE_JOBS.pick(random);
                };
            }
            if (work != null || (ageAtEnd >= 60 && chance(0.5))) {
                return ageAtEnd >= 55 ? "Hưu trí" : VILLAGE_JOBS.pick(random);
            }
            return VILLAGE_JOBS.pick(random);
        }

        private String generalEducation(BranchKind kind) {
            int year = birth.getYear();
            if (year < 1955) {
                return any(List.of("7/10", "10/10", "10/10", "4/10"));
            }
            if (year < 1972) {
                return chance(0.75) ? "10/10" : "7/10";
            }
            return kind == BranchKind.VILLAGE && chance(0.18) ? "9/12" : "12/12";
        }

        private String professionalLevel(BranchKind kind) {
            String level = switch (kind) {
                case SCHOOL -> Weighted.<String>pairs("Đại học", 70, "Cao đẳng", 20, "Thạc sĩ", 8, "Trung cấp", 2)
                        .pick(random);
                case POLICE -> chance(0.4) ? "Đại học" : "Trung cấp";
                case OFFICE -> Weighted.<String>pairs("Đại học", 70, "Thạc sĩ", 8, "Trung cấp", 22).pick(random);
                case MILITIA -> Weighted.<String>pairs("Trung cấp", 60, "Cao đẳng", 20, "Đại học", 20).pick(random);
                case ENTERPRISE -> Weighted.<String>pairs("Đại học", 30, "Cao đẳng", 20, "Trung cấp", 30, "", 20)
                        .pick(random);
                default -> VILLAGE_SKILLS.pick(random);
            };
            return level.isEmpty() ? null : level;
        }

        private PoliticalTheory politicalTheory(BranchKind kind) {
            return switch (kind) {
                case OFFICE -> Weighted.<PoliticalTheory>pairs(PoliticalTheory.INTERMEDIATE, 60,
                        PoliticalTheory.ADVANCED, 8, PoliticalTheory.BACHELOR, 2, PoliticalTheory.ELEMENTARY, 30)
                        .pick(random);
                case POLICE, MILITIA -> chance(0.4) ? PoliticalTheory.INTERMEDIATE : PoliticalTheory.ELEMENTARY;
                case SCHOOL -> Weighted.<PoliticalTheory>pairs(PoliticalTheory.ELEMENTARY, 70,
                        PoliticalTheory.INTERMEDIATE, 25, PoliticalTheory.NONE, 5).pick(random);
                case ENTERPRISE -> Weighted.<PoliticalTheory>pairs(PoliticalTheory.ELEMENTARY, 60,
                        PoliticalTheory.NONE, 30, PoliticalTheory.INTERMEDIATE, 10).pick(random);
                default -> VILLAGE_THEORY.pick(random);
            };
        }

        private String provinceCode(String homeTown) {
            if (homeTown.endsWith("Quảng Ninh")) {
                return "022";
            }
            String[][] codes = {{"Nam Định", "036"}, {"Thái Bình", "034"}, {"Hải Dương", "030"},
                    {"Thanh Hóa", "038"}, {"Nghệ An", "040"}, {"Lạng Sơn", "020"}, {"Bắc Giang", "024"},
                    {"Hải Phòng", "031"}, {"Bắc Ninh", "027"}};
            for (String[] code : codes) {
                if (homeTown.endsWith(code[0])) {
                    return code[1];
                }
            }
            return "022";
        }
    }
}
