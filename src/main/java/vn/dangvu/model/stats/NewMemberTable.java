package vn.dangvu.model.stats;

import vn.dangvu.model.AgeBand;

/**
 * Biểu 2 — the members admitted (kết nạp and kết nạp lại) in the period into the committee,
 * the same people as the "Kết nạp" line of Biểu 1: who they are, their age on the day of the
 * ceremony, their education and profession as recorded now. Every group partitions
 * {@link NewMemberLine#TOTAL}.
 */
public record NewMemberTable(Figures<NewMemberLine> lines, Figures<AgeBand> ageBands,
                             Figures<GeneralEducation> generalEducation, Figures<ProfessionalLevel> professionalLevels,
                             Breakdown occupations) {

    public Figure get(NewMemberLine line) {
        return lines.get(line);
    }
}
