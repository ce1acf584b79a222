package vn.dangvu.logic.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableRow;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.VietnameseText;

/**
 * Sổ danh sách đảng viên, Mẫu 7-HSĐV: the 14 columns of the book (Hướng dẫn 12-HD/BTCTW),
 * one line per member in đảng số, branch by branch. Like the paper book, a cell may hold
 * several facts, one per line; only what happened up to the book's day is written.
 */
final class MemberBookSheet {

    static final String[] HEADINGS = {
            "Số TT",
            "Họ và tên (họ và tên khai sinh), ngày sinh",
            "Nam, nữ, dân tộc, tôn giáo",
            "Quê quán",
            "Văn hóa, lý luận, CMNV, ngoại ngữ",
            "Nghề nghiệp trước khi vào Đảng, nghề nghiệp hiện nay",
            "Ngày vào Đảng, ngày chính thức",
            "Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng",
            "Bộ đội, công an, hưu trí",
            "Ngày chuyển đi, đến đảng bộ cơ sở nào",
            "Ngày chuyển đến, ở đảng bộ cơ sở nào đến",
            "Ngày từ trần, lý do",
            "Ngày ra khỏi Đảng, hình thức ra Đảng",
            "Ghi chú"};
    private static final double[] WIDTHS = {5, 20, 10, 15, 18, 12, 11.5, 11.5, 12, 11, 11, 7, 8.5, 13};
    private static final int CARD_COLUMN = 7;

    /** A member's line, already in words: cells for columns 2 to 14. */
    record Line(Long branchId, PersonName name, String[] cells) {
    }

    private MemberBookSheet() {
    }

    static Line line(Member member, MembershipHistory history, LocalDate day) {
        MembershipState state = history.stateOn(day);
        List<MembershipEvent> events = history.events().stream().filter(e -> !e.date().isAfter(day)).toList();
        MemberProfile p = member.profile();
        String[] cells = new String[HEADINGS.length - 1];
        cells[0] = lines(member.name().full(),
                p.birthName() == null || p.birthName().equals(member.name().full()) ? null
                        : "(khai sinh: " + p.birthName() + ")",
                DateFormats.format(member.birthDate()));
        cells[1] = joined(", ", member.sex().label(), member.ethnicity(), member.religion());
        cells[2] = p.homeTown();
        cells[3] = joined("; ", labelled("VH", p.generalEducation()),
                p.politicalTheory() == PoliticalTheory.NONE ? null : "LLCT: " + p.politicalTheory().label(),
                labelled("CMNV", p.professionalLevel()), labelled("NN", p.foreignLanguage()));
        cells[4] = p.occupation();
        cells[5] = lines(DateFormats.format(history.admissionDateOn(day).orElse(null)),
                DateFormats.format(history.officialDateOn(day).orElse(null)));
        cells[6] = lines(member.ids().cardNumber(), labelled("LL", member.ids().profileNumber()));
        cells[7] = service(p);
        cells[8] = happenings(events, false, MembershipEventType.TRANSFERRED_OUT);
        cells[9] = happenings(events, false, MembershipEventType.TRANSFERRED_IN);
        cells[10] = happenings(events, true, MembershipEventType.DIED);
        cells[11] = happenings(events, true, MembershipEventType.REMOVED, MembershipEventType.EXPELLED,
                MembershipEventType.RESIGNED);
        cells[12] = note(state, events);
        return new Line(state.branchId(), member.name(), cells);
    }

    /** Lines sorted branch by branch; {@code branchNames} in the order the branches are listed. */
    static void write(OfficialWorkbook book, LocalDate day, List<Line> lines, Map<Long, String> branchNames) {
        TableSheet sheet = book.addSheet("Mẫu 7-HSĐV", Orientation.LANDSCAPE, WIDTHS);
        sheet.title("SỔ DANH SÁCH ĐẢNG VIÊN");
        sheet.subtitle("(Mẫu 7-HSĐV) Đảng viên trong đảng số đến ngày " + DateFormats.format(day) + ": "
                + NumberFormats.count(lines.size()) + " đảng viên");
        String[] numbers = new String[HEADINGS.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = String.valueOf(i + 1);
        }
        sheet.header(HEADINGS, numbers);
        int from = 0;
        while (from < lines.size()) {
            Long branch = lines.get(from).branchId();
            int to = from;
            while (to < lines.size() && Objects.equals(lines.get(to).branchId(), branch)) {
                to++;
            }
            sheet.section(branchNames.getOrDefault(branch, "Chi bộ không rõ") + ": " + NumberFormats.count(to - from)
                    + " đảng viên");
            for (int i = from; i < to; i++) {
                TableRow row = sheet.row().number(i - from + 1L);
                String[] cells = lines.get(i).cells();
                for (int c = 0; c < cells.length; c++) {
                    if (c + 1 == CARD_COLUMN) {
                        row.code(cells[c]);
                    } else {
                        row.text(cells[c]);
                    }
                }
            }
            from = to;
        }
        sheet.signatures();
    }

    /** "20/03/2001: Đảng bộ xã Tiên Lãng" for each event of the types, one per line. */
    private static String happenings(List<MembershipEvent> events, boolean withType, MembershipEventType... types) {
        StringJoiner joiner = new StringJoiner("\n");
        for (MembershipEvent event : events) {
            if (List.of(types).contains(event.type())) {
                String what = withType ? event.type().label() : event.otherOrganisation().name();
                joiner.add(DateFormats.format(event.date()) + (what == null ? "" : ": " + what));
            }
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }

    /** Ghi chú: what the member's standing on the day owes to events the other columns do not show. */
    private static String note(MembershipState state, List<MembershipEvent> events) {
        List<String> notes = new ArrayList<>();
        if (state.status() == MemberStatus.PROBATIONARY) {
            notes.add("Đảng viên dự bị");
        }
        for (MembershipEvent event : events) {
            switch (event.type()) {
                case READMITTED -> notes.add("Kết nạp lại " + DateFormats.format(event.date()));
                case RESTORED -> notes.add("Khôi phục đảng tịch " + DateFormats.format(event.date()));
                default -> {
                }
            }
        }
        if (state.exempt()) {
            notes.add("Miễn sinh hoạt từ " + DateFormats.format(latest(events, MembershipEventType.EXEMPTED)));
        }
        if (state.temporarilyAway()) {
            notes.add("Sinh hoạt tạm thời nơi khác từ " + DateFormats.format(latest(events, MembershipEventType.TEMPORARY_LEAVE)));
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private static LocalDate latest(List<MembershipEvent> events, MembershipEventType type) {
        LocalDate found = null;
        for (MembershipEvent event : events) {
            if (event.type() == type) {
                found = event.date();
            }
        }
        return found;
    }

    /** Bộ đội, công an, hưu trí: army service from the record, police and retirement from the occupation. */
    private static String service(MemberProfile p) {
        String army = p.armyEnlistedOn() == null ? null : "Nhập ngũ " + DateFormats.format(p.armyEnlistedOn())
                + (p.armyDischargedOn() == null ? "" : ", xuất ngũ " + DateFormats.format(p.armyDischargedOn()));
        String occupation = VietnameseText.fold(p.occupation());
        return joined("; ", army, occupation.contains("cong an") ? "Công an" : null,
                occupation.contains("huu") ? "Hưu trí" : null);
    }

    private static String labelled(String label, String value) {
        return value == null ? null : label + ": " + value;
    }

    private static String lines(String... parts) {
        return joined("\n", parts);
    }

    private static String joined(String separator, String... parts) {
        StringJoiner joiner = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                joiner.add(part);
            }
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }
}
