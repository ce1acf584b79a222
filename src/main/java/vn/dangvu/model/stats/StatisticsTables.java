package vn.dangvu.model.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.rating.RatingGrade;

/** The tables of a report in the order they are handed in. */
public final class StatisticsTables {

    private StatisticsTables() {
    }

    public static List<StatisticsTable> of(StatisticsReport report) {
        return List.of(change(report.change()), newMembers(report.newMembers()), membership(report.members()),
                breakdowns(report.ethnicities(), report.religions()), branches(report.branches()),
                memberRatings(report.ratings()), branchRatings(report.ratings()));
    }

    /** Biểu 1; the two lines outside the form appear only when something falls in them. */
    static StatisticsTable change(ChangeTable change) {
        List<StatisticsRow> rows = new ArrayList<>();
        for (Map.Entry<ChangeLine, Figure> line : change.lines().asMap().entrySet()) {
            boolean outsideTheForm = line.getKey() == ChangeLine.UNLISTED_INCREASE
                    || line.getKey() == ChangeLine.UNLISTED_DECREASE;
            if (outsideTheForm && line.getValue().value() == 0 && line.getValue().lastYear() == 0) {
                continue;
            }
            rows.add(StatisticsRow.count(line.getKey(), line.getKey().partOf() == null ? 0 : 1, line.getValue()));
        }
        return new StatisticsTable(StatisticsTable.Kind.CHANGE, "Biểu 1", "Tăng, giảm đảng viên", rows);
    }

    /** Biểu 2: the newly admitted, with the same columns as the other tables. */
    static StatisticsTable newMembers(NewMemberTable admitted) {
        List<StatisticsRow> rows = new ArrayList<>();
        for (NewMemberLine line : NewMemberLine.values()) {
            rows.add(StatisticsRow.count(line, line == NewMemberLine.TOTAL ? 0 : 1, admitted.get(line)));
        }
        section(rows, "Tuổi đời khi kết nạp", admitted.ageBands().asMap());
        section(rows, "Giáo dục phổ thông", admitted.generalEducation().asMap());
        section(rows, "Chuyên môn, nghiệp vụ", admitted.professionalLevels().asMap());
        rows.add(StatisticsRow.heading("Nghề nghiệp"));
        admitted.occupations().rows().forEach(r -> rows.add(StatisticsRow.named(r.label(), 1, r.figure())));
        return new StatisticsTable(StatisticsTable.Kind.NEW_MEMBERS, "Biểu 2", "Đảng viên mới kết nạp", rows);
    }

    /** Biểu 3. */
    static StatisticsTable membership(MembershipTable members) {
        List<StatisticsRow> rows = new ArrayList<>();
        Figure total = members.get(MembershipLine.TOTAL);
        rows.add(StatisticsRow.count(MembershipLine.TOTAL, 0, total));
        for (MembershipLine line : MembershipLine.values()) {
            if (line != MembershipLine.TOTAL) {
                rows.add(StatisticsRow.count(line, 1, members.get(line)));
            }
        }
        section(rows, "Độ tuổi", members.ageBands().asMap());
        rows.add(StatisticsRow.average("Tuổi bình quân", members.averageAge()));
        section(rows, "Thời gian vào Đảng", members.admissionPeriods().asMap());
        section(rows, "Giáo dục phổ thông", members.generalEducation().asMap());
        section(rows, "Chuyên môn, nghiệp vụ", members.professionalLevels().asMap());
        section(rows, "Lý luận chính trị", members.politicalTheory().asMap());
        return new StatisticsTable(StatisticsTable.Kind.MEMBERSHIP, "Biểu 3", "Chất lượng đảng viên cuối kỳ", rows);
    }

    private static void section(List<StatisticsRow> rows, String heading, Map<? extends Enum<?>, Figure> figures) {
        rows.add(StatisticsRow.heading(heading));
        figures.forEach((key, figure) -> rows.add(StatisticsRow.count(key, 1, figure)));
    }

    /** Biểu 4. */
    static StatisticsTable breakdowns(Breakdown ethnicities, Breakdown religions) {
        List<StatisticsRow> rows = new ArrayList<>();
        rows.add(StatisticsRow.heading("Dân tộc"));
        ethnicities.rows().forEach(r -> rows.add(StatisticsRow.named(r.label(), 1, r.figure())));
        rows.add(StatisticsRow.heading("Tôn giáo"));
        religions.rows().forEach(r -> rows.add(StatisticsRow.named(r.label(), 1, r.figure())));
        return new StatisticsTable(StatisticsTable.Kind.BREAKDOWN, "Biểu 4", "Đảng viên theo dân tộc, tôn giáo", rows);
    }

    static StatisticsTable branches(List<BranchLine> branches) {
        List<StatisticsRow> rows = new ArrayList<>();
        for (BranchLine branch : branches) {
            rows.add(StatisticsRow.named(branch.name(), 0, branch.total()));
            rows.add(StatisticsRow.named("Chính thức", 1, branch.official()));
            rows.add(StatisticsRow.named("Dự bị", 1, branch.probationary()));
        }
        return new StatisticsTable(StatisticsTable.Kind.BRANCHES, "Chi bộ", "Đảng viên theo chi bộ", rows);
    }

    static StatisticsTable memberRatings(RatingTable ratings) {
        List<StatisticsRow> rows = new ArrayList<>();
        for (RatingGrade grade : RatingGrade.values()) {
            rows.add(StatisticsRow.count(grade, 0, ratings.members().get(grade)));
        }
        rows.add(StatisticsRow.named("Chưa xếp loại", 0, ratings.membersNotRated()));
        return new StatisticsTable(StatisticsTable.Kind.MEMBER_RATINGS, "Xếp loại đảng viên",
                "Xếp loại chất lượng đảng viên năm " + ratings.year(), rows);
    }

    static StatisticsTable branchRatings(RatingTable ratings) {
        List<StatisticsRow> rows = new ArrayList<>();
        for (RatingGrade grade : RatingGrade.values()) {
            rows.add(StatisticsRow.count(grade, 0, ratings.branches().get(grade)));
        }
        rows.add(StatisticsRow.named("Chưa xếp loại", 0, ratings.branchesNotRated()));
        return new StatisticsTable(StatisticsTable.Kind.BRANCH_RATINGS, "Xếp loại chi bộ",
                "Xếp loại chất lượng chi bộ năm " + ratings.year(), rows);
    }
}
