package vn.dangvu.logic.merge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dangvu.logic.export.DocumentHeading;
import vn.dangvu.logic.export.WordTemplate;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.merge.BranchDecision;
import vn.dangvu.model.merge.Handover;
import vn.dangvu.model.merge.JoinedHistory;
import vn.dangvu.model.merge.Side;

/**
 * Biên bản tiếp nhận, printed from the editable template resources/templates/bien-ban-tiep-nhan.docx
 * (or the office's own in the data folder's templates/): what was received from a former unit.
 */
public final class HandoverDocument {

    public static final String TEMPLATE = "templates/bien-ban-tiep-nhan.docx";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private HandoverDocument() {
    }

    /** What the record says of a merge written from this plan. */
    public static Handover of(MergePlan plan, String committee, LocalDate recordedOn, String recordedBy) {
        MergeCounts counts = plan.counts();
        List<Handover.BranchLine> branches = new ArrayList<>();
        for (BranchDecision d : plan.branches()) {
            branches.add(new Handover.BranchLine(d.from().name() + (d.from().open() ? "" : " (đã giải thể)"),
                    d.from().people(), d.action().label(), d.to()));
        }
        List<Handover.JoinedLine> joined = new ArrayList<>();
        List<Handover.SettledLine> settled = new ArrayList<>();
        for (MergePlan.JoinedPerson person : plan.joined()) {
            String who = person.match().there().describe();
            joined.add(new Handover.JoinedLine(who, person.match().here().describe(), person.match().reason()));
            for (JoinedHistory.Settled s : person.joined().settled()) {
                settled.add(new Handover.SettledLine(who, s.contradiction().field(), s.contradiction().here(),
                        s.contradiction().there(), s.right() == Side.HERE ? "Giữ theo dữ liệu của " + committee
                        : "Lấy theo " + plan.unit().name()));
            }
        }
        return new Handover(committee, plan.unit().name(), plan.unit().joinedOn(), plan.sourceFile(), recordedOn,
                recordedBy, plan.preview.sourcePeople(), counts.members(), counts.official(), counts.probationary(),
                counts.exempt(), branches, joined, settled);
    }

    /**
     * @param committee  the committee as named on the record's date, for its heading
     * @param dataFolder where an office's own template may be, or null
     */
    public static void write(Handover handover, Committee committee, Path dataFolder, Path file) {
        DocumentHeading heading = DocumentHeading.of(committee, handover.recordedOn());
        Map<String, Object> data = new HashMap<>();
        data.put("superior", heading.superior() == null ? "" : heading.superior());
        data.put("issuingBody", heading.issuingBody());
        data.put("dateLine", heading.dateLine());
        data.put("onBehalfOf", heading.onBehalfOf());
        data.put("committeeName", handover.committee());
        data.put("unit", handover.unit());
        data.put("unitUpper", handover.unit().toUpperCase(VIETNAMESE));
        data.put("joinedOn", DateFormats.format(handover.joinedOn()));
        data.put("recordedOn", DateFormats.format(handover.recordedOn()));
        data.put("sourceFile", handover.sourceFile());
        data.put("recordedBy", handover.recordedBy());
        data.put("people", NumberFormats.count(handover.people()));
        data.put("members", NumberFormats.count(handover.members()));
        data.put("official", NumberFormats.count(handover.official()));
        data.put("probationary", NumberFormats.count(handover.probationary()));
        data.put("exempt", NumberFormats.count(handover.exempt()));
        data.put("joinedCount", NumberFormats.count(handover.joined().size()));
        data.put("settledCount", NumberFormats.count(handover.settled().size()));
        data.put("hasJoined", !handover.joined().isEmpty());
        data.put("noJoined", handover.joined().isEmpty());
        data.put("hasSettled", !handover.settled().isEmpty());
        data.put("noSettled", handover.settled().isEmpty());
        data.put("branches", rows(handover.branches(), (b, row) -> {
            row.put("from", b.from());
            row.put("members", NumberFormats.count(b.members()));
            row.put("action", b.action());
            row.put("to", b.to());
        }));
        data.put("joined", rows(handover.joined(), (j, row) -> {
            row.put("person", j.person());
            row.put("here", j.hereRecord());
            row.put("reason", j.reason());
        }));
        data.put("settled", rows(handover.settled(), (s, row) -> {
            row.put("person", s.person());
            row.put("field", s.field());
            row.put("here", s.here());
            row.put("there", s.there());
            row.put("kept", s.kept());
        }));
        WordTemplate.render(dataFolder, TEMPLATE, data, Set.of("branches", "joined", "settled"), file);
    }

    private static <T> List<Map<String, Object>> rows(List<T> items, java.util.function.BiConsumer<T, Map<String, Object>> fill) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (T item : items) {
            Map<String, Object> row = new HashMap<>();
            row.put("stt", String.valueOf(rows.size() + 1));
            fill.accept(item, row);
            rows.add(row);
        }
        return rows;
    }
}
