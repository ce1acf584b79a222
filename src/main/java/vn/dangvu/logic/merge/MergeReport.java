package vn.dangvu.logic.merge;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.export.JsonWriter;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.merge.BranchDecision;

/**
 * A merge plan told as the merge command prints it: JSON in the layout other tools read (issue 17),
 * or lines of Vietnamese text.
 */
public final class MergeReport {

    private MergeReport() {
    }

    /** A branch that cannot go as asked has a null "to" and "action"; its problem says why. */
    public static String json(MergePlan plan) {
        MergeCounts counts = plan.counts();
        JsonWriter json = new JsonWriter().beginObject()
                .name("unit").value(plan.unit().name())
                .name("on").value(plan.unit().joinedOn().toString())
                .name("people").beginObjectOnOneLine().name("new").value(counts.newPeople())
                .name("joined").value(counts.joined()).name("uncertain").value(counts.uncertain()).endObject()
                .name("members").beginObjectOnOneLine().name("total").value(counts.members())
                .name("official").value(counts.official()).name("probationary").value(counts.probationary()).endObject()
                .name("branches").beginArray();
        for (BranchDecision d : plan.branches()) {
            json.beginObjectOnOneLine().name("from").value(d.from().name()).name("to").value(d.to())
                    .name("action").value(d.action() == null ? null : d.action().code()).endObject();
        }
        json.endArray().name("problems").beginArray();
        for (MergeProblem p : plan.problems()) {
            json.beginObjectOnOneLine().name("person").value(p.person()).name("field").value(p.field())
                    .name("message").value(p.message()).endObject();
        }
        return json.endArray().endObject().toString();
    }

    /** @param heading the first line: what happened to the plan */
    public static List<String> text(String heading, MergePlan plan) {
        MergeCounts counts = plan.counts();
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        lines.add("  " + plan.unit().name() + ", hợp nhất ngày " + DateFormats.format(plan.unit().joinedOn())
                + ", tệp " + plan.sourceFile());
        lines.add("  Người: " + NumberFormats.count(counts.newPeople()) + " mới, " + NumberFormats.count(counts.joined())
                + " gộp với người đã có, " + NumberFormats.count(counts.uncertain()) + " trùng chưa chắc chắn");
        lines.add("  Đảng viên ngày hợp nhất: " + NumberFormats.count(counts.members()) + " ("
                + NumberFormats.count(counts.official()) + " chính thức, " + NumberFormats.count(counts.probationary())
                + " dự bị; " + NumberFormats.count(counts.exempt()) + " miễn sinh hoạt)");
        lines.add("  Chi bộ:");
        for (BranchDecision d : plan.branches()) {
            lines.add("    " + d.from().name() + " → " + (d.action() == null ? "chưa quyết định" : d.describe()));
        }
        if (!plan.problems().isEmpty()) {
            lines.add("  Vấn đề chưa giải quyết (" + NumberFormats.count(plan.problems().size()) + "):");
            for (MergeProblem p : plan.problems()) {
                lines.add("    " + (p.person().isEmpty() ? "" : p.person() + " — ") + p.field() + ": " + p.message());
            }
        }
        return lines;
    }
}
