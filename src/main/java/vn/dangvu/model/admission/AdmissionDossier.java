package vn.dangvu.model.admission;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.due.DueList;

/** The rules of a candidate's dossier: what may not be saved, and the checklist of what is missing. */
public final class AdmissionDossier {

    /** Steps that must follow each other in this order (a later one never before an earlier one). */
    private static final List<AdmissionStep> CHAIN = List.of(AdmissionStep.APPLICATION,
            AdmissionStep.BRANCH_RESOLUTION, AdmissionStep.COMMITTEE_RESOLUTION, AdmissionStep.DECISION,
            AdmissionStep.CEREMONY);

    private AdmissionDossier() {
    }

    /** Dates that contradict each other: the dossier is refused until they are corrected. */
    public static List<String> contradictions(Candidate candidate) {
        List<String> problems = new ArrayList<>();
        CandidateStep previous = null;
        for (AdmissionStep step : CHAIN) {
            CandidateStep current = candidate.steps().get(step);
            if (current == null) {
                continue;
            }
            if (previous != null && current.date().isBefore(previous.date())) {
                problems.add(step.label() + " ngày " + format(current.date()) + " trước "
                        + previous.step().label().toLowerCase(java.util.Locale.ROOT) + " ngày " + format(previous.date()) + ".");
            }
            previous = current;
        }
        candidate.step(AdmissionStep.BRANCH_RESOLUTION).ifPresent(resolution -> candidate.steps().values().stream()
                .filter(s -> s.step().isIntroduction() && s.date().isAfter(resolution.date()))
                .forEach(s -> problems.add(s.step().label() + " ngày " + format(s.date())
                        + " sau nghị quyết chi bộ ngày " + format(resolution.date()) + ".")));
        Optional<CandidateStep> first = candidate.step(AdmissionStep.FIRST_INTRODUCER);
        Optional<CandidateStep> second = candidate.step(AdmissionStep.SECOND_INTRODUCER);
        if (first.isPresent() && second.isPresent() && first.get().introducerId().equals(second.get().introducerId())) {
            problems.add("Hai người giới thiệu phải là hai đảng viên khác nhau.");
        }
        candidate.steps().values().forEach(s -> {
            if (!s.date().isAfter(candidate.person().birthDate())) {
                problems.add(s.step().label() + " ngày " + format(s.date()) + " không thể trước ngày sinh.");
            }
        });
        return problems;
    }

    /**
     * Why an introducer does not qualify on the day of the introduction, or empty when they were
     * an official member of the committee that day.
     */
    public static Optional<String> introducerProblem(RegisterEntry introducer, LocalDate on) {
        MemberStatus status = introducer.history().stateOn(on).status();
        if (status == MemberStatus.OFFICIAL) {
            return Optional.empty();
        }
        String who = introducer.name().full();
        return Optional.of(status == MemberStatus.PROBATIONARY
                ? who + " là đảng viên dự bị ngày " + format(on) + ": người giới thiệu phải là đảng viên chính thức."
                : who + " không phải đảng viên của Đảng bộ ngày " + format(on) + " (" + status.label().toLowerCase(
                        java.util.Locale.ROOT) + ").");
    }

    /**
     * What is missing or wrong, in the order of the steps. Age, certificate and introductions are
     * judged on the day the branch considered the candidate, or on {@code asOf} before that.
     *
     * @param introducers the introducing members by id, with their histories
     */
    public static List<DossierIssue> checklist(Candidate candidate, LocalDate asOf, AdmissionDeadlines rules,
                                               Map<Long, RegisterEntry> introducers) {
        List<DossierIssue> issues = new ArrayList<>();
        LocalDate considered = candidate.step(AdmissionStep.BRANCH_RESOLUTION).map(CandidateStep::date).orElse(asOf);
        AdmissionAge.windowProblem(candidate.person().birthDate(), considered)
                .ifPresent(problem -> issues.add(new DossierIssue(null, "Tuổi: " + problem)));
        for (AdmissionStep step : AdmissionStep.values()) {
            Optional<CandidateStep> recorded = candidate.step(step);
            if (step.isIntroduction()) {
                recorded.ifPresent(s -> introducerIssue(s, introducers, issues));
                continue;
            }
            if (recorded.isEmpty() && step != AdmissionStep.CEREMONY) { // the ceremony is a due item, not a paper
                issues.add(new DossierIssue(step, "Chưa có: " + step.label() + "."));
            }
        }
        introductionsIssues(candidate, considered, issues);
        candidate.step(AdmissionStep.CLASS_CERTIFICATE).ifPresent(certificate -> {
            LocalDate validUntil = DueList.certificateValidUntil(certificate, rules);
            if (validUntil.isBefore(considered)) {
                issues.add(new DossierIssue(AdmissionStep.CLASS_CERTIFICATE, "Giấy chứng nhận lớp bồi dưỡng hết hạn ngày "
                        + format(validUntil) + ": phải học lại lớp bồi dưỡng nhận thức về Đảng."));
            }
        });
        candidate.step(AdmissionStep.DECISION).filter(d -> d.number() == null).ifPresent(d -> issues.add(
                new DossierIssue(AdmissionStep.DECISION, "Quyết định kết nạp chưa ghi số.")));
        for (String contradiction : contradictions(candidate)) {
            issues.add(new DossierIssue(null, contradiction));
        }
        return issues;
    }

    private static void introducerIssue(CandidateStep step, Map<Long, RegisterEntry> introducers,
                                        List<DossierIssue> issues) {
        if (step.step().isIntroducer()) {
            RegisterEntry introducer = introducers.get(step.introducerId());
            if (introducer == null) {
                issues.add(new DossierIssue(step.step(), step.step().label() + ": không tìm thấy đảng viên trong sổ."));
            } else {
                introducerProblem(introducer, step.date())
                        .ifPresent(problem -> issues.add(new DossierIssue(step.step(), problem)));
            }
        }
    }

    /**
     * Two official members, or the Youth Union / trade union and one member; no introduction and
     * no comment older than 12 months on the day the branch considers the candidate.
     */
    private static void introductionsIssues(Candidate candidate, LocalDate considered, List<DossierIssue> issues) {
        boolean union = candidate.step(AdmissionStep.UNION_INTRODUCTION).isPresent();
        int members = (candidate.step(AdmissionStep.FIRST_INTRODUCER).isPresent() ? 1 : 0)
                + (candidate.step(AdmissionStep.SECOND_INTRODUCER).isPresent() ? 1 : 0);
        if (members < 2 && !(union && members == 1)) {
            issues.add(new DossierIssue(AdmissionStep.FIRST_INTRODUCER, "Chưa đủ người giới thiệu: cần hai đảng viên "
                    + "chính thức, hoặc Đoàn TNCS Hồ Chí Minh / Công đoàn và một đảng viên chính thức."));
        }
        for (CandidateStep s : candidate.introductionsAndComments()) {
            LocalDate ends = AdmissionDeadlines.introductionExpires(s.date());
            if (ends.isBefore(considered)) {
                issues.add(new DossierIssue(s.step(), s.step().label() + " ngày " + format(s.date())
                        + " đã quá 12 tháng (hết ngày " + format(ends) + "): phải "
                        + (s.step().isComment() ? "nhận xét" : "giới thiệu") + " lại."));
            }
        }
    }
}
