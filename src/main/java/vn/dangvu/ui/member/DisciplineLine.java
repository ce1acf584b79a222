package vn.dangvu.ui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.discipline.Discipline;

/**
 * One disciplinary decision (kỷ luật) as a line of the member page's table.
 *
 * @param effect   "Còn hiệu lực đến hết 09/03/2026", "Hết hiệu lực từ 10/03/2026" or "Không tự hết hiệu lực"
 * @param inForce  whether it still has effect today (the line is highlighted)
 */
public record DisciplineLine(String form, String announcedOn, String decision, String effect, boolean inForce,
                             String reason) {

    static DisciplineLine of(Discipline d, LocalDate today) {
        LocalDate lapse = d.lapsesOn();
        String effect = lapse == null ? "Không tự hết hiệu lực"
                : d.inForceOn(today) ? "Còn hiệu lực đến hết " + DateFormats.format(lapse.minusDays(1))
                : "Hết hiệu lực từ " + DateFormats.format(lapse);
        return new DisciplineLine(d.form().label(), DateFormats.format(d.announcedOn()), decision(d), effect,
                d.inForceOn(today), d.reason() == null ? "" : d.reason());
    }

    /** "07-QĐ/ĐU ngày 05/03/2025, Đảng ủy xã Hải Yến", leaving out what is not known. */
    private static String decision(Discipline d) {
        List<String> parts = new ArrayList<>();
        if (d.decision().number() != null) {
            parts.add(d.decision().number() + (d.decision().date() == null ? ""
                    : " ngày " + DateFormats.format(d.decision().date())));
        } else if (d.decision().date() != null) {
            parts.add("ngày " + DateFormats.format(d.decision().date()));
        }
        if (d.decision().issuingBody() != null) {
            parts.add(d.decision().issuingBody());
        }
        return String.join(", ", parts);
    }
}
