package vn.dangvu.model.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;

/**
 * Joining the two timelines of a person found twice (DOMAIN.md §17), case by case: what joins the
 * timeline (provisionally, while something is left for the clerk), what goes to the recycle bin,
 * what is left for the clerk, and the moves between the two former units. Events are written "TYPE yyyy-MM-dd [branch]"; here's events get ids 1, 2, …
 * and the source's 101, 102, …; the source's branch 7 is a new branch here (provisional id -7).
 */
class HistoryJoinTest {

    private static final LocalDate JOIN = LocalDate.of(2025, 7, 1);
    private static final Member PERSON = new Member(5L, 0, PersonName.parse("Trần Thị Mai"), Sex.FEMALE,
            LocalDate.of(1970, 4, 2), null, null, null, null);

    /**
     * @param settled  "field=SIDE; …"
     * @param added    the source's events that join, "TYPE date; …"
     * @param recycled ids of here's events sent to the recycle bin
     * @param open     the fields still to settle
     * @param moves    "outSide outId → inSide inId"
     */
    record Case(String name, String here, String there, List<LocalDate> thereMeetings, String settled, String added,
                String recycled, String open, String moves) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String official = "ADMITTED 1995-05-19 1; RECOGNIZED_OFFICIAL 1996-05-19";
        return Stream.of(
                new Case("the same timeline twice joins into itself", official, official, List.of(), "",
                        "", "", "", ""),
                new Case("moved from here to the source's commune in 2023: one move between the units",
                        official + "; TRANSFERRED_OUT 2023-03-10",
                        "ADMITTED 1995-05-19; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_IN 2023-03-20 -7", List.of(), "",
                        "TRANSFERRED_IN 2023-03-20", "", "", "HERE 3 → THERE 103"),
                new Case("moved the other way; the source knows the branch she was admitted in, so its admission replaces here's",
                        "ADMITTED 1995-05-19; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_IN 2023-03-20 1",
                        "ADMITTED 1995-05-19 -7; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_OUT 2023-03-10", List.of(), "",
                        "ADMITTED 1995-05-19; TRANSFERRED_OUT 2023-03-10", "1", "", "THERE 103 → HERE 3"),
                new Case("two admission dates are left to the clerk", official,
                        "ADMITTED 1995-05-21 -7; RECOGNIZED_OFFICIAL 1996-05-19", List.of(), "",
                        "ADMITTED 1995-05-21", "", "Ngày vào Đảng", ""),
                new Case("the source's admission date is right: here's goes to the recycle bin", official,
                        "ADMITTED 1995-05-21 -7; RECOGNIZED_OFFICIAL 1996-05-19", List.of(), "Ngày vào Đảng=THERE",
                        "ADMITTED 1995-05-21", "1", "", ""),
                new Case("here's admission date is right: the source's is left out", official,
                        "ADMITTED 1995-05-21 -7; RECOGNIZED_OFFICIAL 1996-05-19", List.of(), "Ngày vào Đảng=HERE",
                        "", "", "", ""),
                new Case("two official dates are two contradictions apart from the admission", official,
                        "ADMITTED 1995-05-19 -7; RECOGNIZED_OFFICIAL 1996-06-01", List.of(), "",
                        "RECOGNIZED_OFFICIAL 1996-06-01", "", "Ngày chính thức", ""),
                new Case("a death here and a meeting attendance after it in the source", official + "; DIED 2024-02-10",
                        official, List.of(LocalDate.of(2024, 5, 5)), "", "", "", "Ghi nhận sau ngày từ trần", ""),
                new Case("the death is right: the source's later records stay out", official + "; DIED 2024-02-10",
                        official + "; EXEMPTED 2024-04-01", List.of(LocalDate.of(2024, 5, 5)),
                        "Ghi nhận sau ngày từ trần=HERE", "", "", "", ""),
                new Case("the death was a mistake: it goes to the recycle bin and the records join",
                        official + "; DIED 2024-02-10", official + "; EXEMPTED 2024-04-01", List.of(),
                        "Ghi nhận sau ngày từ trần=THERE", "EXEMPTED 2024-04-01", "3", "", ""),
                new Case("a death in the source and a later event here", official + "; TEMPORARY_LEAVE 2024-06-01",
                        official + "; DIED 2024-02-10", List.of(), "", "DIED 2024-02-10", "", "Ghi nhận sau ngày từ trần", ""),
                new Case("the source's death is right: here's later event goes to the recycle bin",
                        official + "; TEMPORARY_LEAVE 2024-06-01", official + "; DIED 2024-02-10", List.of(),
                        "Ghi nhận sau ngày từ trần=THERE", "DIED 2024-02-10", "3", "", ""),
                new Case("both kept her, the source with a transfer in: the joined timeline breaks the rules", official,
                        "ADMITTED 1995-05-19; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_IN 2010-01-04 -7", List.of(), "",
                        "TRANSFERRED_IN 2010-01-04", "", "Lịch sử đảng viên", ""),
                new Case("keeping here's timeline whole", official,
                        "ADMITTED 1995-05-19; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_IN 2010-01-04 -7", List.of(),
                        "Lịch sử đảng viên=HERE", "", "", "", ""),
                new Case("keeping the source's timeline whole: every event here goes to the recycle bin", official,
                        "ADMITTED 1995-05-19; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_IN 2010-01-04 -7", List.of(),
                        "Lịch sử đảng viên=THERE",
                        "ADMITTED 1995-05-19; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_IN 2010-01-04", "1, 2", "", ""),
                new Case("in a source branch joined into branch 1 on the join date: one move that day",
                        "ADMITTED 1995-05-19 1; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_OUT 2001-01-01",
                        "ADMITTED 1995-05-19; RECOGNIZED_OFFICIAL 1996-05-19; TRANSFERRED_IN 2001-02-01 -9", List.of(), "",
                        "TRANSFERRED_IN 2001-02-01; BRANCH_MOVED 2025-07-01", "", "", "HERE 3 → THERE 103"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void joinsTheTimelines(Case c) {
        JoinInput input = new JoinInput("Đảng bộ xã Hải Yến", PERSON, events(c.here(), 1), "Đảng bộ xã Hải Hà",
                PERSON.withId(900), events(c.there(), 101), Map.of(Side.THERE, c.thereMeetings()), List.of(),
                settled(c.settled()));

        JoinedHistory joined = HistoryJoin.join(input, JOIN, Map.of(-9L, 1L));

        assertEquals(c.added(), String.join("; ", joined.added().stream()
                .map(e -> e.type().name() + " " + e.date()).toList()), "added");
        assertEquals(c.recycled(), String.join(", ", joined.recycled().stream().map(e -> e.id().toString()).toList()),
                "recycled");
        assertEquals(c.open(), String.join(", ", joined.open().stream().map(Contradiction::field).toList()), "open");
        assertEquals(c.moves(), String.join(", ", joined.moves().stream()
                .map(m -> m.outSide() + " " + m.outId() + " → " + m.inSide() + " " + m.inId()).toList()), "moves");
    }

    @org.junit.jupiter.api.Test
    void aSettledContradictionIsKeptForTheRecordAndTheSourceDeathKeepsItsMeetingsUpToIt() {
        String official = "ADMITTED 1995-05-19 1; RECOGNIZED_OFFICIAL 1996-05-19";
        JoinInput input = new JoinInput("Đảng bộ xã Hải Yến", PERSON, events(official + "; DIED 2024-02-10", 1),
                "Đảng bộ xã Hải Hà", PERSON, events(official, 101), Map.of(Side.THERE, List.of(LocalDate.of(2024, 5, 5))),
                List.of(), Map.of(HistoryJoin.AFTER_DEATH, Side.HERE));

        JoinedHistory joined = HistoryJoin.join(input, JOIN, Map.of());

        assertEquals(LocalDate.of(2024, 2, 10), joined.attendanceThereUntil());
        assertEquals("Đảng bộ xã Hải Yến ghi từ trần ngày 10/02/2024 nhưng Đảng bộ xã Hải Hà còn ghi có tên trong buổi"
                + " sinh hoạt chi bộ ngày 05/05/2024.", joined.settled().get(0).contradiction().message());
    }

    @org.junit.jupiter.api.Test
    void personFieldsFillBlanksAndListWhatDiffers() {
        Member here = new Member(5L, 3, PersonName.parse("Trần Thị Mai"), Sex.FEMALE, LocalDate.of(1970, 4, 2), "Kinh",
                null, new vn.dangvu.model.MemberIds("01234567", null, null), null);
        Member there = new Member(900L, 0, PersonName.parse("Trần Thị Mai"), Sex.FEMALE, LocalDate.of(1970, 4, 2), "Tày",
                "Phật giáo", new vn.dangvu.model.MemberIds("01234567", "123456AB", null), null);
        JoinInput input = new JoinInput("A", here, List.of(), "B", there, List.of(), Map.of(),
                List.of(new KeyedFact("Xếp loại năm 2023", "HTTNV", "HTNV"), new KeyedFact("Xếp loại năm 2022", null, "HTTNV")),
                Map.of("Xếp loại năm 2023", Side.THERE));

        JoinedHistory joined = HistoryJoin.join(input, JOIN, Map.of());

        assertEquals(List.of("Dân tộc"), joined.open().stream().map(Contradiction::field).toList());
        assertEquals("Dân tộc: A ghi \"Kinh\", B ghi \"Tày\".", joined.open().get(0).message());
        assertEquals("Phật giáo", joined.member().religion()); // blank here: filled
        assertEquals("123456AB", joined.member().ids().profileNumber());
        assertEquals(5L, joined.member().id());
        assertEquals(3, joined.member().version());
        assertEquals(java.util.Set.of("Xếp loại năm 2023"), joined.factsFromThere());
    }

    private static Map<String, Side> settled(String text) {
        Map<String, Side> settled = new HashMap<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                String[] pair = part.split("=");
                settled.put(pair[0].strip(), Side.valueOf(pair[1].strip()));
            }
        }
        return settled;
    }

    private static List<MembershipEvent> events(String text, long firstId) {
        List<MembershipEvent> events = new ArrayList<>();
        long id = firstId;
        for (String part : text.split(";")) {
            String[] words = Arrays.stream(part.strip().split(" ")).filter(w -> !w.isEmpty()).toArray(String[]::new);
            MembershipEventType type = MembershipEventType.valueOf(words[0]);
            Long branch = words.length > 2 ? Long.valueOf(words[2]) : null;
            if (branch == null && type.branchUse() == MembershipEventType.BranchUse.REQUIRED) {
                throw new IllegalArgumentException("branch needed: " + part + " " + DateFormats.format(LocalDate.now()));
            }
            events.add(new MembershipEvent(id++, type, LocalDate.parse(words[1]), branch, null, null, null, "x"));
        }
        return events;
    }
}
