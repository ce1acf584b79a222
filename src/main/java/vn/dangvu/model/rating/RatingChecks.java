package vn.dangvu.model.rating;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.discipline.Discipline;

/**
 * The checks on a year's grades (DOMAIN.md §9): the quota, discipline, sick leave, members not
 * to be rated, the excellent branch. They explain what does not fit the rule and leave the grades
 * alone: the clerk may have a reason the product cannot see (a member who reported the fault
 * themselves, a decision of the committee).
 */
public final class RatingChecks {

    /** Sick leave of this many months or more in the year: at most HTNV. */
    public static final int SICK_LEAVE_CAP_MONTHS = 3;

    private RatingChecks() {
    }

    /**
     * @param memberGrades member id → grade, every member rated that year in the base organisation
     * @param memberBranch member id → branch they were rated in
     * @param branchGrades branch id → grade
     * @param disciplines  disciplinary decisions announced during the year
     * @param sickLeave    member id → months of sick leave in the year, where recorded
     * @param notRated     member id → why they are not rated, for those of the register who are not
     * @param memberName   a member's full name, for the messages
     * @param branchName   a branch's name
     */
    public static List<RatingWarning> check(RatingRegime regime, int year, Map<Long, RatingGrade> memberGrades,
                                            Map<Long, Long> memberBranch, Map<Long, RatingGrade> branchGrades,
                                            List<Discipline> disciplines, Map<Long, Integer> sickLeave,
                                            Map<Long, NotRatedReason> notRated, LongFunction<String> memberName,
                                            LongFunction<String> branchName) {
        List<RatingWarning> warnings = new ArrayList<>();
        quota(regime, memberGrades).ifPresent(warnings::add);
        memberGrades.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            NotRatedReason reason = notRated.get(e.getKey());
            if (reason != null) {
                warnings.add(new RatingWarning(RatingWarning.Kind.NOT_TO_BE_RATED, memberName.apply(e.getKey())
                        + " không thuộc diện xếp loại (" + reason.label().toLowerCase(Locale.ROOT)
                        + ") nhưng đã có xếp loại \"" + regime.memberLabel(e.getValue())
                        + "\": bỏ xếp loại này (phím Backspace) hoặc kiểm tra lại."));
            }
            Integer months = sickLeave.get(e.getKey());
            if (months != null && months >= SICK_LEAVE_CAP_MONTHS && e.getValue().compareTo(RatingGrade.COMPLETED) < 0) {
                warnings.add(new RatingWarning(RatingWarning.Kind.SICK_LEAVE, memberName.apply(e.getKey())
                        + " nghỉ ốm " + months + " tháng trong năm nhưng được xếp loại \""
                        + regime.memberLabel(e.getValue()) + "\": nghỉ ốm từ " + SICK_LEAVE_CAP_MONTHS
                        + " tháng trở lên chỉ xếp loại cao nhất \"" + regime.memberLabel(RatingGrade.COMPLETED) + "\"."));
            }
        });
        for (Discipline discipline : disciplines) {
            RatingGrade grade = memberGrades.get(discipline.memberId());
            if (discipline.announcedIn(year) && grade != null && grade != RatingGrade.NOT_COMPLETED) {
                warnings.add(new RatingWarning(RatingWarning.Kind.DISCIPLINED, memberName.apply(discipline.memberId())
                        + " bị kỷ luật " + discipline.form().label().toLowerCase(Locale.ROOT) + " ngày "
                        + DateFormats.format(discipline.announcedOn()) + " nhưng được xếp loại \""
                        + regime.memberLabel(grade) + "\": đảng viên bị kỷ luật trong năm xếp loại \""
                        + regime.memberLabel(RatingGrade.NOT_COMPLETED)
                        + "\", trừ khi đã tự giác báo cáo khuyết điểm. Kiểm tra lại, hoặc ghi lý do vào ghi chú."));
            }
        }
        branchGrades.entrySet().stream().filter(e -> e.getValue() == RatingGrade.EXCELLENT)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> branchCondition(regime, e.getKey(), memberGrades, memberBranch, branchName)
                        .ifPresent(warnings::add));
        return warnings;
    }

    /**
     * HTXSNV may be at most the quota (20%) of HTTNV, rounded down: 12 HTTNV allow 2 HTXSNV
     * (2,4 is not a whole person), 15 allow 3.
     */
    public static int excellentAllowed(int quotaPercent, int good) {
        return good * quotaPercent / 100;
    }

    static Optional<RatingWarning> quota(RatingRegime regime, Map<Long, RatingGrade> grades) {
        if (regime.excellentQuotaPercent() == null) {
            return Optional.empty();
        }
        int excellent = count(grades.values(), RatingGrade.EXCELLENT);
        int good = count(grades.values(), RatingGrade.GOOD);
        int allowed = excellentAllowed(regime.excellentQuotaPercent(), good);
        if (excellent <= allowed) {
            return Optional.empty();
        }
        return Optional.of(new RatingWarning(RatingWarning.Kind.QUOTA, "Có " + excellent
                + " đảng viên \"" + regime.memberLabel(RatingGrade.EXCELLENT) + "\", vượt "
                + regime.excellentQuotaPercent() + "% số đảng viên \"" + regime.memberLabel(RatingGrade.GOOD) + "\" ("
                + good + " × " + regime.excellentQuotaPercent() + "% = " + allowed + " đồng chí, làm tròn xuống) của Đảng bộ: "
                + "cần bớt " + (excellent - allowed) + " đồng chí hoặc xem lại."));
    }

    static Optional<RatingWarning> branchCondition(RatingRegime regime, long branchId,
                                                             Map<Long, RatingGrade> memberGrades,
                                                             Map<Long, Long> memberBranch, LongFunction<String> branchName) {
        if (regime.branchCompletedPercent() == null) {
            return Optional.empty();
        }
        int rated = 0;
        int completedOrBetter = 0;
        int goodOrBetter = 0;
        for (Map.Entry<Long, RatingGrade> entry : memberGrades.entrySet()) {
            if (Long.valueOf(branchId).equals(memberBranch.get(entry.getKey()))) {
                rated++;
                completedOrBetter += entry.getValue().compareTo(RatingGrade.COMPLETED) <= 0 ? 1 : 0;
                goodOrBetter += entry.getValue().compareTo(RatingGrade.GOOD) <= 0 ? 1 : 0;
            }
        }
        List<String> shortfalls = new ArrayList<>();
        if (completedOrBetter * 100L < (long) rated * regime.branchCompletedPercent() || rated == 0) {
            shortfalls.add(completedOrBetter + "/" + rated + " đảng viên hoàn thành nhiệm vụ trở lên (cần "
                    + regime.branchCompletedPercent() + "%)");
        }
        if (goodOrBetter * 100L < (long) rated * regime.branchGoodPercent()) {
            shortfalls.add(goodOrBetter + "/" + rated + " đảng viên hoàn thành tốt nhiệm vụ trở lên, "
                    + Shares.text(goodOrBetter, rated) + " (cần từ " + regime.branchGoodPercent() + "%)");
        }
        if (shortfalls.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RatingWarning(RatingWarning.Kind.BRANCH_CONDITION, branchName.apply(branchId)
                + " được xếp loại \"" + regime.organisationLabel(RatingGrade.EXCELLENT) + "\" nhưng chỉ có "
                + String.join("; ", shortfalls) + "."));
    }

    private static int count(Collection<RatingGrade> grades, RatingGrade grade) {
        int n = 0;
        for (RatingGrade g : grades) {
            n += g == grade ? 1 : 0;
        }
        return n;
    }
}
