package vn.dangvu.model.stats;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.Branch;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.PeriodTrace;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;

/** The ids behind every figure of one period, gathered in one pass over the people. */
final class PeriodTally {

    /** One named row of Biểu 4: the first spelling met is the label. */
    static final class Group {
        final String label;
        final IdList ids = new IdList();

        Group(String label) {
            this.label = label;
        }
    }

    /** Đảng số of one branch. */
    static final class BranchCount {
        final IdList total = new IdList();
        final IdList official = new IdList();
        final IdList probationary = new IdList();
    }

    final EnumMap<ChangeLine, IdList> change = lists(ChangeLine.class);
    final EnumMap<NewMemberLine, IdList> admitted = lists(NewMemberLine.class);
    final EnumMap<AgeBand, IdList> admittedAges = lists(AgeBand.class);
    final EnumMap<GeneralEducation, IdList> admittedEducation = lists(GeneralEducation.class);
    final EnumMap<ProfessionalLevel, IdList> admittedProfessions = lists(ProfessionalLevel.class);
    final Map<String, Group> occupations = new LinkedHashMap<>();
    /** The Biểu 2 occupation line of those with none recorded. */
    static final String NOT_RECORDED = "Chưa ghi";
    private static final String BUSINESS_OWNER = "chu doanh nghiep";
    final EnumMap<MembershipLine, IdList> lines = lists(MembershipLine.class);
    final EnumMap<AgeBand, IdList> ageBands = lists(AgeBand.class);
    final EnumMap<AdmissionPeriod, IdList> admissionPeriods = lists(AdmissionPeriod.class);
    final EnumMap<GeneralEducation, IdList> generalEducation = lists(GeneralEducation.class);
    final EnumMap<ProfessionalLevel, IdList> professionalLevels = lists(ProfessionalLevel.class);
    final EnumMap<TheoryLevel, IdList> theory = lists(TheoryLevel.class);
    final Map<String, Group> ethnicities = new LinkedHashMap<>();
    final Map<String, Group> religions = new LinkedHashMap<>();
    final Map<Long, BranchCount> branches = new HashMap<>();
    final EnumMap<RatingGrade, IdList> memberGrades = lists(RatingGrade.class);
    final IdList membersNotRated = new IdList();
    final EnumMap<RatingGrade, IdList> branchGrades = lists(RatingGrade.class);
    final IdList branchesNotRated = new IdList();
    long ageSum;

    private final StatisticsPeriod period;
    private final YearRatings ratings;
    private final LocalDate ratingYearEnd;
    private final Classifier classifier;

    PeriodTally(StatisticsPeriod period, YearRatings ratings, Classifier classifier) {
        this.period = period;
        this.ratings = ratings;
        this.ratingYearEnd = LocalDate.of(ratings.year(), 12, 31);
        this.classifier = classifier;
    }

    void add(MemberFacts person) {
        long id = person.id();
        PeriodTrace trace = person.history().trace(period.from(), period.to());
        if (trace.opening().countsInPartyStrength()) {
            change.get(ChangeLine.OPENING).add(id);
        }
        for (PeriodTrace.Step step : trace.steps()) {
            if (step.enters()) {
                entered(person, step);
            } else if (step.leaves()) {
                left(id, step);
            }
        }
        MembershipState closing = trace.closing();
        if (closing.countsInPartyStrength()) {
            change.get(ChangeLine.CLOSING).add(id);
            describe(person, closing);
        }
        RatingGrade grade = ratings.members().get(id);
        if (grade != null) {
            memberGrades.get(grade).add(id);
        } else {
            MembershipState atYearEnd = ratingYearEnd.equals(period.to()) ? closing
                    : person.history().stateOn(ratingYearEnd);
            if (atYearEnd.countsInPartyStrength()) {
                membersNotRated.add(id);
            }
        }
    }

    void add(Branch branch) {
        RatingGrade grade = ratings.branches().get(branch.id());
        if (grade != null) {
            branchGrades.get(grade).add(branch.id());
        } else if (branch.activeOn(ratingYearEnd)) {
            branchesNotRated.add(branch.id());
        }
    }

    private void entered(MemberFacts person, PeriodTrace.Step step) {
        long id = person.id();
        MembershipEvent event = step.event();
        switch (event.type()) {
            case ADMITTED -> {
                change.get(ChangeLine.ADMITTED).add(id);
                admitted(person, event.date(), false);
            }
            case READMITTED -> {
                change.get(ChangeLine.ADMITTED).add(id);
                change.get(ChangeLine.READMITTED).add(id);
                admitted(person, event.date(), true);
            }
            case TRANSFERRED_IN -> {
                change.get(ChangeLine.TRANSFERRED_IN).add(id);
                switch (classifier.scope(event.otherOrganisation(), event.date())) {
                    case OTHER_PROVINCE -> change.get(ChangeLine.TRANSFERRED_IN_FROM_OTHER_PROVINCE).add(id);
                    case OTHER_DISTRICT -> change.get(ChangeLine.TRANSFERRED_IN_FROM_OTHER_DISTRICT).add(id);
                    default -> { }
                }
            }
            case RESTORED -> change.get(ChangeLine.RESTORED).add(id);
            default -> change.get(ChangeLine.UNLISTED_INCREASE).add(id);
        }
    }

    /**
     * Biểu 2 for one ceremony (a re-admission recorded without a branch counts as well: it brought
     * the person back into đảng số). Age on the day of the ceremony; the rest as recorded now.
     */
    private void admitted(MemberFacts person, LocalDate ceremony, boolean readmission) {
        long id = person.id();
        admitted.get(NewMemberLine.TOTAL).add(id);
        if (person.sex() == Sex.FEMALE) {
            admitted.get(NewMemberLine.FEMALE).add(id);
        }
        if (!classifier.foldedName(person.ethnicity()).equals(Classifier.MAJORITY)) {
            admitted.get(NewMemberLine.ETHNIC_MINORITY).add(id);
        }
        if (person.religion() != null) {
            admitted.get(NewMemberLine.RELIGIOUS).add(id);
        }
        if (person.youthUnion()) {
            admitted.get(NewMemberLine.YOUTH_UNION).add(id);
        }
        String occupation = person.occupation() == null ? NOT_RECORDED : person.occupation();
        String folded = classifier.foldedName(occupation);
        if (folded.contains(BUSINESS_OWNER)) {
            admitted.get(NewMemberLine.BUSINESS_OWNER).add(id);
        }
        if (readmission) {
            admitted.get(NewMemberLine.READMITTED).add(id);
        }
        admittedAges.get(AgeBand.of(Math.max(wholeYears(person.birthDate(), ceremony), 0))).add(id);
        admittedEducation.get(classifier.generalEducation(person.generalEducation())).add(id);
        admittedProfessions.get(classifier.professionalLevel(person.professionalLevel())).add(id);
        occupations.computeIfAbsent(folded, k -> new Group(occupation)).ids.add(id);
    }

    private void left(long id, PeriodTrace.Step step) {
        MembershipEvent event = step.event();
        switch (event.type()) {
            case DIED -> change.get(ChangeLine.DIED).add(id);
            case EXPELLED -> change.get(ChangeLine.EXPELLED).add(id);
            case REMOVED -> {
                change.get(ChangeLine.REMOVED).add(id);
                if (step.before().status() == MemberStatus.PROBATIONARY) {
                    change.get(ChangeLine.REMOVED_PROBATIONARY).add(id);
                }
            }
            case RESIGNED -> change.get(ChangeLine.RESIGNED).add(id);
            case TRANSFERRED_OUT -> {
                change.get(ChangeLine.TRANSFERRED_OUT).add(id);
                switch (classifier.scope(event.otherOrganisation(), event.date())) {
                    case OTHER_PROVINCE -> change.get(ChangeLine.TRANSFERRED_OUT_TO_OTHER_PROVINCE).add(id);
                    case OTHER_DISTRICT -> change.get(ChangeLine.TRANSFERRED_OUT_TO_OTHER_DISTRICT).add(id);
                    default -> { }
                }
            }
            default -> change.get(ChangeLine.UNLISTED_DECREASE).add(id);
        }
    }

    /** Biểu 3, Biểu 4 and the branch count for one person in đảng số at the end of the period. */
    private void describe(MemberFacts person, MembershipState state) {
        long id = person.id();
        boolean official = state.status() == MemberStatus.OFFICIAL;
        lines.get(MembershipLine.TOTAL).add(id);
        lines.get(official ? MembershipLine.OFFICIAL : MembershipLine.PROBATIONARY).add(id);
        lines.get(person.sex() == Sex.FEMALE ? MembershipLine.FEMALE : MembershipLine.MALE).add(id);
        String ethnicity = classifier.foldedName(person.ethnicity());
        if (!ethnicity.equals(Classifier.MAJORITY)) {
            lines.get(MembershipLine.ETHNIC_MINORITY).add(id);
        }
        ethnicities.computeIfAbsent(ethnicity, k -> new Group(person.ethnicity())).ids.add(id);
        if (person.religion() != null) {
            lines.get(MembershipLine.RELIGIOUS).add(id);
            religions.computeIfAbsent(classifier.foldedName(person.religion()), k -> new Group(person.religion()))
                    .ids.add(id);
        }
        if (state.exempt()) {
            lines.get(MembershipLine.EXEMPT).add(id);
        }
        if (state.temporarilyAway()) {
            lines.get(MembershipLine.TEMPORARILY_AWAY).add(id);
        }
        int age = wholeYears(person.birthDate(), period.to());
        ageSum += age;
        ageBands.get(AgeBand.of(Math.max(age, 0))).add(id);
        admissionPeriods.get(AdmissionPeriod.of(person.history().firstAdmissionDate().orElse(null))).add(id);
        generalEducation.get(classifier.generalEducation(person.generalEducation())).add(id);
        professionalLevels.get(classifier.professionalLevel(person.professionalLevel())).add(id);
        theory.get(TheoryLevel.of(person.politicalTheory())).add(id);
        BranchCount branch = branches.computeIfAbsent(state.branchId(), k -> new BranchCount());
        branch.total.add(id);
        (official ? branch.official : branch.probationary).add(id);
    }

    /** Age in whole years on a day (the birthday itself counts). */
    static int wholeYears(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        boolean beforeBirthday = on.getMonthValue() < birth.getMonthValue()
                || on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() < birth.getDayOfMonth();
        return beforeBirthday ? years - 1 : years;
    }

    private static <K extends Enum<K>> EnumMap<K, IdList> lists(Class<K> keys) {
        EnumMap<K, IdList> map = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            map.put(key, new IdList());
        }
        return map;
    }
}
