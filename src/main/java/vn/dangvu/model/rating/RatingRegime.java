package vn.dangvu.model.rating;

import java.util.List;

/**
 * How one span of years is rated (DOMAIN.md §9): the names the grades had, whether a 100-point
 * score sets the grade, the excellent quota and the condition for an excellent branch. Grades
 * are stored as the four {@link RatingGrade} ranks whatever the regime; the labels are the
 * regime's own, so 2016 shows "Đủ tư cách, hoàn thành tốt nhiệm vụ" and "Trong sạch vững mạnh".
 *
 * @param scoreMinimums          lowest score of excellent, good and completed, or empty when not scored
 * @param excellentQuotaPercent  at most this % of the members rated good may be rated excellent, or null
 * @param branchCompletedPercent an excellent branch needs this % of its rated members completed or better
 * @param branchGoodPercent      and this % good or better; both null when the regime sets no condition
 */
public record RatingRegime(int fromYear, List<String> memberLabels, List<String> organisationLabels,
                           List<Integer> scoreMinimums, Integer excellentQuotaPercent,
                           Integer branchCompletedPercent, Integer branchGoodPercent, String basis) {

    public RatingRegime {
        memberLabels = List.copyOf(memberLabels);
        organisationLabels = List.copyOf(organisationLabels);
        scoreMinimums = List.copyOf(scoreMinimums);
        int grades = RatingGrade.values().length;
        if (memberLabels.size() != grades || organisationLabels.size() != grades) {
            throw new IllegalArgumentException("Năm " + fromYear + ": cần đúng " + grades + " mức xếp loại.");
        }
        if (!scoreMinimums.isEmpty() && (scoreMinimums.size() != grades - 1
                || scoreMinimums.get(0) <= scoreMinimums.get(1) || scoreMinimums.get(1) <= scoreMinimums.get(2))) {
            throw new IllegalArgumentException("Năm " + fromYear + ": cần 3 mức điểm giảm dần (xuất sắc|tốt|hoàn thành).");
        }
    }

    public String memberLabel(RatingGrade grade) {
        return memberLabels.get(grade.ordinal());
    }

    public String organisationLabel(RatingGrade grade) {
        return organisationLabels.get(grade.ordinal());
    }

    /** From QĐ 366 (2025): the grade follows from a 100-point score. */
    public boolean scored() {
        return !scoreMinimums.isEmpty();
    }

    /** The grade of a score's band: 90–100 excellent, 70–89 good, 50–69 completed, below 50 not completed (2025). */
    public RatingGrade gradeForScore(int score) {
        if (!scored()) {
            throw new IllegalStateException("Năm " + fromYear + " không chấm điểm.");
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("Điểm phải từ 0 đến 100, không phải " + score + ".");
        }
        for (int rank = 0; rank < scoreMinimums.size(); rank++) {
            if (score >= scoreMinimums.get(rank)) {
                return RatingGrade.values()[rank];
            }
        }
        return RatingGrade.NOT_COMPLETED;
    }

    /** The band of a grade as the clerk reads it: "70–89 điểm". */
    public String band(RatingGrade grade) {
        if (!scored()) {
            return "";
        }
        int rank = grade.ordinal();
        int low = rank < scoreMinimums.size() ? scoreMinimums.get(rank) : 0;
        int high = rank == 0 ? 100 : scoreMinimums.get(rank - 1) - 1;
        return low + "–" + high + " điểm";
    }
}
