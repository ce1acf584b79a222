package vn.dangvu.model.stats;

import static vn.dangvu.model.MembershipEventType.ADMITTED;
import static vn.dangvu.model.MembershipEventType.BRANCH_MOVED;
import static vn.dangvu.model.MembershipEventType.DIED;
import static vn.dangvu.model.MembershipEventType.EXEMPTED;
import static vn.dangvu.model.MembershipEventType.EXPELLED;
import static vn.dangvu.model.MembershipEventType.HOSTING_ENDED;
import static vn.dangvu.model.MembershipEventType.HOSTING_STARTED;
import static vn.dangvu.model.MembershipEventType.READMITTED;
import static vn.dangvu.model.MembershipEventType.RECOGNIZED_OFFICIAL;
import static vn.dangvu.model.MembershipEventType.REMOVED;
import static vn.dangvu.model.MembershipEventType.RESIGNED;
import static vn.dangvu.model.MembershipEventType.RESTORED;
import static vn.dangvu.model.MembershipEventType.TEMPORARY_LEAVE;
import static vn.dangvu.model.MembershipEventType.TEMPORARY_RETURN;
import static vn.dangvu.model.MembershipEventType.TRANSFERRED_IN;
import static vn.dangvu.model.MembershipEventType.TRANSFERRED_OUT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;

/**
 * A small committee in Tiên Yên district, Quảng Ninh, whose members between 2021 and 2023 go
 * through every kind of event once. Histories are built with {@link MembershipHistory#append},
 * so each is one the register accepts. Unless stated, a person is a Kinh man without religion
 * or political theory, born 01/05/1990, 12/12, admitted on 10/01/2010 and official a year later.
 */
final class StatisticsScenario {

    static final HomeArea HOME = new HomeArea("Quảng Ninh", "Tiên Yên");
    static final long NA_PAN = 1;
    static final long SCHOOL = 2;
    static final long KHE_MAN = 3;
    static final long TEA_COMPANY = 4;

    static final long A = 1;   // woman, Tày, born 1960, official since 2011
    static final long B = 2;   // admitted on 01/01/2023, the first day of the year; Youth Union, farmer
    static final long C = 3;   // admitted on 31/12/2023, the last day of the year; 30 that day; physician, business owner
    static final long D = 4;   // admitted 15/03/2022, official 15/03/2023
    static final long E = 5;   // transferred in from Lạng Sơn (another province) 10/05/2023
    static final long F = 6;   // transferred in from Hạ Long, Quảng Ninh (another district) 20/06/2023
    static final long G = 7;   // transferred in from Tiên Yên itself 20/07/2023
    static final long H = 8;   // transferred out to Hà Nội 30/09/2023
    static final long I = 9;   // transferred out on 31/12/2022, the day before the year
    static final long J = 10;  // away on temporary transfer 01/02–01/08/2023
    static final long K = 11;  // away on temporary transfer since 01/11/2023
    static final long L = 12;  // hosted from elsewhere 01/03–01/09/2023
    static final long M = 13;  // hosted from elsewhere since 01/03/2023
    static final long N = 14;  // born 1940, admitted 1965, exempt since 01/04/2023
    static final long O = 15;  // died 05/05/2023
    static final long P = 16;  // admitted 01/03/2022, removed while probationary 01/04/2023
    static final long Q = 17;  // expelled 01/06/2023
    static final long R = 18;  // resigned 01/07/2023
    static final long S = 19;  // removed 2021, re-admitted 01/10/2023 with no branch recorded
    static final long T = 20;  // expelled 2022, restored 01/08/2023
    static final long U = 21;  // moved from Nà Pàn to the school branch 01/06/2023
    static final long V = 22;  // transferred out to Cẩm Phả 01/03/2023 and back 01/11/2023
    static final long W = 23;  // removed on 31/12/2023

    private static final LocalDate BORN = LocalDate.of(1990, 5, 1);

    private StatisticsScenario() {
    }

    static List<MemberFacts> people() {
        List<MemberFacts> people = new ArrayList<>();
        people.add(person(A).female().ethnicity("Tày").born("10/01/1960").theory(PoliticalTheory.ELEMENTARY)
                .education("7/10").professional("Đại học").official(NA_PAN).build());
        people.add(person(B).born("01/01/2000").religion("Phật giáo").youthUnion().occupation("Nông dân")
                .event(ADMITTED, "01/01/2023", NA_PAN).build());
        people.add(person(C).female().born("31/12/1993").professional("Bác sĩ").occupation("Chủ doanh nghiệp tư nhân")
                .event(ADMITTED, "31/12/2023", SCHOOL).build());
        people.add(person(D).ethnicity("Dao").born("01/01/1985").theory(PoliticalTheory.INTERMEDIATE)
                .event(ADMITTED, "15/03/2022", NA_PAN).event(RECOGNIZED_OFFICIAL, "15/03/2023").build());
        people.add(person(E).female().religion("Công giáo").born("01/06/1975").theory(PoliticalTheory.ADVANCED)
                .professional("Thạc sĩ").elsewhere("01/02/2015")
                .transfer(TRANSFERRED_IN, "10/05/2023", SCHOOL, "Lạng Sơn", "Đình Lập").build());
        people.add(person(F).born("01/01/1970").theory(PoliticalTheory.BACHELOR).elsewhere("01/02/2000")
                .transfer(TRANSFERRED_IN, "20/06/2023", NA_PAN, "Quảng Ninh", "Hạ Long").build());
        people.add(person(G).born("01/01/1965").education("9/12").elsewhere("01/02/1990")
                .transfer(TRANSFERRED_IN, "20/07/2023", NA_PAN, "tỉnh Quảng Ninh", "huyện Tiên Yên").build());
        people.add(person(H).official(NA_PAN).transfer(TRANSFERRED_OUT, "30/09/2023", null, "Hà Nội", "Cầu Giấy").build());
        people.add(person(I).official(NA_PAN).transfer(TRANSFERRED_OUT, "31/12/2022", null, "Quảng Ninh", "Tiên Yên")
                .build());
        people.add(person(J).born("15/06/1980").official(NA_PAN).event(TEMPORARY_LEAVE, "01/02/2023")
                .event(TEMPORARY_RETURN, "01/08/2023").build());
        people.add(person(K).official(NA_PAN).event(TEMPORARY_LEAVE, "01/11/2023").build());
        people.add(person(L).event(HOSTING_STARTED, "01/03/2023", NA_PAN).event(HOSTING_ENDED, "01/09/2023").build());
        people.add(person(M).event(HOSTING_STARTED, "01/03/2023", SCHOOL).build());
        people.add(person(N).born("01/01/1940").education("4/10").event(ADMITTED, "01/06/1965", NA_PAN)
                .event(RECOGNIZED_OFFICIAL, "01/06/1966").event(EXEMPTED, "01/04/2023").build());
        people.add(person(O).official(NA_PAN).event(DIED, "05/05/2023").build());
        people.add(person(P).event(ADMITTED, "01/03/2022", NA_PAN).event(REMOVED, "01/04/2023").build());
        people.add(person(Q).official(NA_PAN).event(EXPELLED, "01/06/2023").build());
        people.add(person(R).official(NA_PAN).event(RESIGNED, "01/07/2023").build());
        // re-admitted with no branch recorded: back in Nà Pàn, where S was
        people.add(person(S).education("9/12").official(NA_PAN).event(REMOVED, "01/02/2021").event(READMITTED, "01/10/2023")
                .build());
        people.add(person(T).official(NA_PAN).event(EXPELLED, "01/02/2022").event(RESTORED, "01/08/2023").build());
        people.add(person(U).official(NA_PAN).event(BRANCH_MOVED, "01/06/2023", SCHOOL).build());
        people.add(person(V).official(SCHOOL).transfer(TRANSFERRED_OUT, "01/03/2023", null, "Quảng Ninh", "Cẩm Phả")
                .transfer(TRANSFERRED_IN, "01/11/2023", SCHOOL, "Quảng Ninh", "Cẩm Phả").build());
        people.add(person(W).official(NA_PAN).event(REMOVED, "31/12/2023").build());
        return people;
    }

    /** Nà Pàn was called Bản Mới until 30/06/2023; Khe Mằn was dissolved in 2022; the tea company's branch opens in 2024. */
    static BranchDirectory branches() {
        return new BranchDirectory(List.of(
                new Branch(NA_PAN, "Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, date("01/01/2000"), null, null, null),
                new Branch(SCHOOL, "Chi bộ Trường Tiểu học", BranchKind.SCHOOL, date("01/01/2000"), null, null, null),
                new Branch(KHE_MAN, "Chi bộ thôn Khe Mằn", BranchKind.VILLAGE, date("01/01/2000"), date("01/07/2022"),
                        null, null),
                new Branch(TEA_COMPANY, "Chi bộ Công ty Chè", BranchKind.ENTERPRISE, date("01/03/2024"), null, null, null)),
                List.of(new BranchDirectory.FormerName(NA_PAN, "Chi bộ thôn Bản Mới", date("30/06/2023"))));
    }

    static YearRatings ratings2023() {
        return new YearRatings(2023, Map.of(A, RatingGrade.EXCELLENT, D, RatingGrade.GOOD, H, RatingGrade.GOOD,
                J, RatingGrade.COMPLETED, K, RatingGrade.NOT_COMPLETED), Map.of(NA_PAN, RatingGrade.GOOD));
    }

    static YearRatings ratings2022() {
        return new YearRatings(2022, Map.of(A, RatingGrade.GOOD), Map.of(NA_PAN, RatingGrade.EXCELLENT));
    }

    static StatisticsInput input(int ratingYear) {
        YearRatings now = ratingYear == 2023 ? ratings2023() : YearRatings.none(ratingYear);
        YearRatings before = ratingYear == 2023 ? ratings2022() : YearRatings.none(ratingYear - 1);
        return new StatisticsInput("Đảng bộ xã Hải Yến", HOME, people(), branches(), now, before);
    }

    static StatisticsReport report(String from, String to) {
        StatisticsPeriod period = new StatisticsPeriod(date(from), date(to));
        return StatisticsCalculator.compute(input(period.ratingYear()), period);
    }

    static LocalDate date(String ddMMyyyy) {
        return DateFormats.parse(ddMMyyyy).orElseThrow();
    }

    private static PersonBuilder person(long id) {
        return new PersonBuilder(id);
    }

    /** One person, their attributes and their events in order. */
    private static final class PersonBuilder {
        private final long id;
        private Sex sex = Sex.MALE;
        private LocalDate birth = BORN;
        private String ethnicity = "Kinh";
        private String religion;
        private PoliticalTheory theory = PoliticalTheory.NONE;
        private String education = "12/12";
        private String professional;
        private String occupation;
        private boolean youthUnion;
        private final List<MembershipEvent> events = new ArrayList<>();

        PersonBuilder(long id) {
            this.id = id;
        }

        PersonBuilder female() {
            sex = Sex.FEMALE;
            return this;
        }

        PersonBuilder born(String date) {
            birth = date(date);
            return this;
        }

        PersonBuilder ethnicity(String value) {
            ethnicity = value;
            return this;
        }

        PersonBuilder religion(String value) {
            religion = value;
            return this;
        }

        PersonBuilder theory(PoliticalTheory value) {
            theory = value;
            return this;
        }

        PersonBuilder education(String value) {
            education = value;
            return this;
        }

        PersonBuilder professional(String value) {
            professional = value;
            return this;
        }

        PersonBuilder occupation(String value) {
            occupation = value;
            return this;
        }

        PersonBuilder youthUnion() {
            youthUnion = true;
            return this;
        }

        /** Admitted on 10/01/2010 in the branch and official a year later. */
        PersonBuilder official(long branch) {
            return event(ADMITTED, "10/01/2010", branch).event(RECOGNIZED_OFFICIAL, "10/01/2011");
        }

        /** Admitted in another committee on the day and official a year later: on file, not ours. */
        PersonBuilder elsewhere(String admitted) {
            LocalDate day = date(admitted);
            events.add(MembershipEvent.of(ADMITTED, day, null));
            events.add(MembershipEvent.of(RECOGNIZED_OFFICIAL, day.plusYears(1), null));
            return this;
        }

        PersonBuilder event(MembershipEventType type, String date) {
            return event(type, date, null);
        }

        PersonBuilder event(MembershipEventType type, String date, Long branch) {
            events.add(MembershipEvent.of(type, date(date), branch));
            return this;
        }

        PersonBuilder transfer(MembershipEventType type, String date, Long branch, String province, String district) {
            events.add(MembershipEvent.of(type, date(date), branch)
                    .withOtherOrganisation(new OtherOrganisation("Đảng bộ nơi khác", province, district)));
            return this;
        }

        MemberFacts build() {
            MembershipHistory history = MembershipHistory.empty();
            for (MembershipEvent event : events) {
                history = history.append(event, birth);
            }
            return new MemberFacts(id, sex, birth, ethnicity, religion, theory, education, professional, occupation,
                    youthUnion, history);
        }
    }
}
