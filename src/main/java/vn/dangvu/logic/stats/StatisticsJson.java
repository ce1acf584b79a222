package vn.dangvu.logic.stats;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import vn.dangvu.logic.export.JsonWriter;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.stats.BranchLine;
import vn.dangvu.model.stats.ChangeLine;
import vn.dangvu.model.stats.Figure;
import vn.dangvu.model.stats.Figures;
import vn.dangvu.model.stats.MembershipLine;
import vn.dangvu.model.stats.MembershipTable;
import vn.dangvu.model.stats.StatisticsReport;
import vn.dangvu.model.stats.TheoryLevel;

/**
 * The report as JSON with exactly the keys of DOMAIN.md appendix B, this period's figures
 * only, for other tools and tests to read. Keys are part of the contract: never rename them.
 */
public final class StatisticsJson {

    private static final List<Map.Entry<ChangeLine, String>> CHANGE = List.of(
            entry(ChangeLine.OPENING, "opening"), entry(ChangeLine.ADMITTED, "admitted"),
            entry(ChangeLine.TRANSFERRED_IN, "transferredIn"), entry(ChangeLine.RESTORED, "restored"),
            entry(ChangeLine.DIED, "died"), entry(ChangeLine.EXPELLED, "expelled"),
            entry(ChangeLine.REMOVED, "removed"), entry(ChangeLine.REMOVED_PROBATIONARY, "removedProbationary"),
            entry(ChangeLine.RESIGNED, "resigned"), entry(ChangeLine.TRANSFERRED_OUT, "transferredOut"),
            entry(ChangeLine.CLOSING, "closing"));
    private static final List<Map.Entry<MembershipLine, String>> MEMBERS = List.of(
            entry(MembershipLine.TOTAL, "total"), entry(MembershipLine.OFFICIAL, "official"),
            entry(MembershipLine.PROBATIONARY, "probationary"), entry(MembershipLine.FEMALE, "female"),
            entry(MembershipLine.MALE, "male"), entry(MembershipLine.ETHNIC_MINORITY, "ethnicMinority"),
            entry(MembershipLine.RELIGIOUS, "religious"), entry(MembershipLine.EXEMPT, "exempt"));
    private static final List<Map.Entry<AgeBand, String>> AGE_BANDS = List.of(
            entry(AgeBand.UP_TO_30, "18-30"), entry(AgeBand.FROM_31_TO_35, "31-35"),
            entry(AgeBand.FROM_36_TO_40, "36-40"), entry(AgeBand.FROM_41_TO_45, "41-45"),
            entry(AgeBand.FROM_46_TO_50, "46-50"), entry(AgeBand.FROM_51_TO_55, "51-55"),
            entry(AgeBand.FROM_56_TO_60, "56-60"), entry(AgeBand.OVER_60, "over60"));
    private static final List<Map.Entry<TheoryLevel, String>> THEORY = List.of(
            entry(TheoryLevel.NONE, "none"), entry(TheoryLevel.ELEMENTARY, "elementary"),
            entry(TheoryLevel.INTERMEDIATE, "intermediate"), entry(TheoryLevel.ADVANCED, "advanced"));
    private static final List<Map.Entry<RatingGrade, String>> GRADES = List.of(
            entry(RatingGrade.EXCELLENT, "excellent"), entry(RatingGrade.GOOD, "good"),
            entry(RatingGrade.COMPLETED, "completed"), entry(RatingGrade.NOT_COMPLETED, "notCompleted"));

    private StatisticsJson() {
    }

    public static String render(StatisticsReport report) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("committee").value(report.committee());
        json.name("from").value(report.period().from().toString());
        json.name("to").value(report.period().to().toString());
        if (report.combines() != null) { // a merged committee only (decision 0018): appendix B's keys otherwise
            json.name("combines").value(report.combines());
        }
        json.name("change").beginObject();
        for (Map.Entry<ChangeLine, String> line : CHANGE) {
            json.member(line.getValue(), report.change().get(line.getKey()).value());
        }
        json.endObject();
        members(json, report.members());
        json.name("branches").beginArray();
        for (BranchLine branch : report.branches()) {
            json.beginObject().name("name").value(branch.name())
                    .member("total", branch.total().value())
                    .member("official", branch.official().value())
                    .member("probationary", branch.probationary().value())
                    .endObject();
        }
        json.endArray();
        json.name("ratings").beginObject().member("year", report.ratings().year());
        grades(json, "members", report.ratings().members(), report.ratings().membersNotRated());
        grades(json, "branches", report.ratings().branches(), report.ratings().branchesNotRated());
        return json.endObject().endObject().toString() + "\n";
    }

    private static void members(JsonWriter json, MembershipTable members) {
        json.name("members").beginObject();
        for (Map.Entry<MembershipLine, String> line : MEMBERS) {
            json.member(line.getValue(), members.get(line.getKey()).value());
        }
        json.name("ageBands").beginObject();
        for (Map.Entry<AgeBand, String> band : AGE_BANDS) {
            json.member(band.getValue(), members.ageBands().get(band.getKey()).value());
        }
        json.endObject();
        json.name("averageAge").value(members.averageAge().value());
        json.name("politicalTheory").beginObject();
        for (Map.Entry<TheoryLevel, String> level : THEORY) {
            json.member(level.getValue(), members.politicalTheory().get(level.getKey()).value());
        }
        json.endObject().endObject();
    }

    private static void grades(JsonWriter json, String name, Figures<RatingGrade> grades, Figure notRated) {
        json.name(name).beginObject();
        for (Map.Entry<RatingGrade, String> grade : GRADES) {
            json.member(grade.getValue(), grades.get(grade.getKey()).value());
        }
        json.member("notRated", notRated.value()).endObject();
    }
}
