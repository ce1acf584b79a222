package vn.dangvu.model.stats;

import vn.dangvu.model.AgeBand;

/**
 * Biểu 3 — the membership (đảng số) at the end of the period: every group partitions
 * {@link MembershipLine#TOTAL}. Ages are whole years on the last day of the period.
 */
public record MembershipTable(Figures<MembershipLine> lines, Figures<AgeBand> ageBands, AverageFigure averageAge,
                              Figures<AdmissionPeriod> admissionPeriods, Figures<GeneralEducation> generalEducation,
                              Figures<ProfessionalLevel> professionalLevels, Figures<TheoryLevel> politicalTheory) {

    public Figure get(MembershipLine line) {
        return lines.get(line);
    }
}
