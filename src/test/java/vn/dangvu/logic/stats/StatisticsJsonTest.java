package vn.dangvu.logic.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.stats.BranchDirectory;
import vn.dangvu.model.stats.HomeArea;
import vn.dangvu.model.stats.MemberFacts;
import vn.dangvu.model.stats.StatisticsCalculator;
import vn.dangvu.model.stats.StatisticsInput;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.YearRatings;

/** The JSON of DOMAIN.md appendix B, key for key, for a committee of two. */
class StatisticsJsonTest {

    @Test
    void printsExactlyTheKeysOfAppendixB() {
        MemberFacts official = new MemberFacts(1, Sex.FEMALE, LocalDate.of(1990, 5, 1), "Tày", "Phật giáo",
                PoliticalTheory.INTERMEDIATE, "12/12", "Đại học", "Giáo viên", true, MembershipHistory.of(List.of(
                        MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 1, 10), 7L).withId(1),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2011, 1, 10), null)
                                .withId(2))));
        MemberFacts newcomer = new MemberFacts(2, Sex.MALE, LocalDate.of(1950, 1, 1), "Kinh", null,
                PoliticalTheory.NONE, "10/10", null, null, false, MembershipHistory.of(List.of(
                        MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2023, 3, 1), 7L).withId(3))));
        BranchDirectory branches = new BranchDirectory(List.of(new Branch(7L, "Chi bộ \"Khu 1\" \\ Nà Pàn",
                BranchKind.VILLAGE, null, null, null, null)), List.of());
        StatisticsInput input = new StatisticsInput("Đảng bộ xã \"Hải Yến\"", HomeArea.UNKNOWN,
                List.of(official, newcomer), branches,
                new YearRatings(2023, Map.of(1L, RatingGrade.GOOD), Map.of(7L, RatingGrade.EXCELLENT)),
                YearRatings.none(2022));

        String json = StatisticsJson.render(StatisticsCalculator.compute(input, StatisticsPeriod.year(2023)));

        assertEquals("""
                {
                  "committee": "Đảng bộ xã \\"Hải Yến\\"",
                  "from": "2023-01-01",
                  "to": "2023-12-31",
                  "change": {
                    "opening": 1,
                    "admitted": 1,
                    "transferredIn": 0,
                    "restored": 0,
                    "died": 0,
                    "expelled": 0,
                    "removed": 0,
                    "removedProbationary": 0,
                    "resigned": 0,
                    "transferredOut": 0,
                    "closing": 2
                  },
                  "members": {
                    "total": 2,
                    "official": 1,
                    "probationary": 1,
                    "female": 1,
                    "male": 1,
                    "ethnicMinority": 1,
                    "religious": 1,
                    "exempt": 0,
                    "ageBands": {
                      "18-30": 0,
                      "31-35": 1,
                      "36-40": 0,
                      "41-45": 0,
                      "46-50": 0,
                      "51-55": 0,
                      "56-60": 0,
                      "over60": 1
                    },
                    "averageAge": 53.0,
                    "politicalTheory": {
                      "none": 1,
                      "elementary": 0,
                      "intermediate": 1,
                      "advanced": 0
                    }
                  },
                  "branches": [
                    {
                      "name": "Chi bộ \\"Khu 1\\" \\\\ Nà Pàn",
                      "total": 2,
                      "official": 1,
                      "probationary": 1
                    }
                  ],
                  "ratings": {
                    "year": 2023,
                    "members": {
                      "excellent": 0,
                      "good": 1,
                      "completed": 0,
                      "notCompleted": 0,
                      "notRated": 1
                    },
                    "branches": {
                      "excellent": 1,
                      "good": 0,
                      "completed": 0,
                      "notCompleted": 0,
                      "notRated": 0
                    }
                  }
                }
                """, json);
    }

    @Test
    void emptyRegisterHasAnEmptyBranchListAndNoAverageAge() {
        StatisticsInput empty = new StatisticsInput(null, HomeArea.UNKNOWN, List.of(),
                new BranchDirectory(List.of(), List.of()), YearRatings.none(2024), YearRatings.none(2023));
        String json = StatisticsJson.render(StatisticsCalculator.compute(empty, StatisticsPeriod.year(2024)));
        assertTrue(json.contains("\"committee\": null,"), json);
        assertTrue(json.contains("\"branches\": [],"), json);
        assertTrue(json.contains("\"averageAge\": null,"), json);
    }
}
