package vn.dangvu.model.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;

/** Who is not rated for a year, and why (DOMAIN.md §9); rated on 31 December. */
class RatingRollTest {

    private static final long BRANCH = 7;

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            // events as TYPE@date, separated by spaces | rating year | reason (empty = rated)
            "ADMITTED@2010-01-10 RECOGNIZED_OFFICIAL@2011-01-10                              | 2024 | ",
            "ADMITTED@2010-01-10 RECOGNIZED_OFFICIAL@2011-01-10 EXEMPTED@2024-05-01          | 2024 | EXEMPT",
            "ADMITTED@2010-01-10 EXEMPTED@2020-05-01 EXEMPTION_ENDED@2024-02-01              | 2024 | ",
            "ADMITTED@2024-06-30                                                             | 2024 | ",
            "ADMITTED@2024-07-01                                                             | 2024 | ADMITTED_RECENTLY",
            "ADMITTED@2024-12-20                                                             | 2024 | ADMITTED_RECENTLY",
            "ADMITTED@2024-07-01                                                             | 2025 | ",
            "ADMITTED@2000-01-01 REMOVED@2010-01-01 READMITTED@2024-09-02                    | 2024 | ADMITTED_RECENTLY",
            "ADMITTED@2010-01-10 TEMPORARY_LEAVE@2024-03-01                                  | 2024 | ",
            "HOSTING_STARTED@2024-02-01                                                      | 2024 | HOSTED",
            // đình chỉ sinh hoạt đảng on the rating day (31/12): not rated; ended before it: rated
            "ADMITTED@2010-01-10 SUSPENDED@2024-11-01                                        | 2024 | SUSPENDED",
            "ADMITTED@2010-01-10 SUSPENDED@2024-11-01 SUSPENSION_ENDED@2024-12-15            | 2024 | ",
            "ADMITTED@2010-01-10 SUSPENDED@2024-12-31                                        | 2024 | SUSPENDED",
            "ADMITTED@2010-01-10 SUSPENDED@2024-11-01 SUSPENSION_ENDED@2025-01-20            | 2025 | ",
    })
    void notRatedReason(String events, int year, NotRatedReason reason) {
        MembershipHistory history = history(events);
        assertTrue(RatingRoll.concerned(history.stateOn(RatingRoll.ratingDay(year))));
        assertEquals(reason, RatingRoll.notRatedReason(history, year).orElse(null));
    }

    @ParameterizedTest
    @CsvSource({"ADMITTED@2010-01-10 TRANSFERRED_OUT@2024-12-01", "ADMITTED@2010-01-10 DIED@2024-06-01",
            "HOSTING_STARTED@2024-01-01 HOSTING_ENDED@2024-11-30"})
    void peopleWhoLeftBeforeTheRatingDayAreNotOnTheYearsRating(String events) {
        assertFalse(RatingRoll.concerned(history(events).stateOn(RatingRoll.ratingDay(2024))));
    }

    private static MembershipHistory history(String events) {
        List<MembershipEvent> list = new ArrayList<>();
        for (String event : events.strip().split("\\s+")) {
            String[] parts = event.split("@");
            MembershipEventType type = MembershipEventType.valueOf(parts[0]);
            Long branch = type.branchUse() == MembershipEventType.BranchUse.NONE ? null : BRANCH;
            list.add(MembershipEvent.of(type, LocalDate.parse(parts[1]), branch));
        }
        return MembershipHistory.of(list);
    }
}
