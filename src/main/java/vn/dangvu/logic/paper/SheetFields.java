package vn.dangvu.logic.paper;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.badge.BadgeAward;
import vn.dangvu.model.discipline.Discipline;

/**
 * The text fields of the Phiếu đảng viên (Mẫu 2-HSĐV) from the record: the tags of
 * templates/phieu-dang-vien.docx. What the record does not hold (family background, the work and
 * family tables) stays blank, with the form's dotted lines, for the member to fill by hand.
 */
final class SheetFields {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    private static final List<String> VOCATIONAL = List.of("sơ cấp", "trung cấp", "cao đẳng");
    private static final List<String> DEGREES = List.of("thạc sĩ", "tiến sĩ", "tiến sĩ khoa học");

    /** Everything the sheet is filled from. */
    record Source(Committee committee, Member member, MembershipHistory history, Map<Long, String> branchNames,
                  List<BadgeAward> badges, List<Discipline> discipline, LocalDate today) {
    }

    private SheetFields() {
    }

    static Map<String, Object> of(Source s) {
        Member m = s.member();
        MemberProfile p = m.profile();
        Map<String, Object> data = new HashMap<>();
        // A commune's superior is the province's committee since 1/7/2025, a district's before.
        String superior = blank(s.committee().superiorName());
        boolean district = superior.toLowerCase(VIETNAMESE).matches(".*\\b(huyện|quận|thị xã)\\b.*");
        data.put("province", district ? "" : superior);
        data.put("district", district ? superior : "");
        data.put("committee", s.committee().name());
        data.put("subCommittee", "");
        data.put("branch", branch(s, s.history().stateOn(s.today()).branchId()));
        data.put("profileNumber", blank(m.ids().profileNumber()));
        data.put("cardNumber", blank(m.ids().cardNumber()));
        data.put("name", m.name().full().toUpperCase(VIETNAMESE));
        data.put("sex", m.sex().label());
        data.put("birthName", p.birthName() == null ? m.name().full() : p.birthName());
        data.put("birthDate", DateFormats.format(m.birthDate()));
        data.put("birthPlace", blank(p.birthPlace()));
        data.put("homeTown", blank(p.homeTown()));
        data.put("permanentAddress", blank(p.permanentAddress()));
        data.put("temporaryAddress", blank(p.temporaryAddress()));
        data.put("ethnicity", blank(m.ethnicity()));
        data.put("religion", blank(m.religion()));
        data.put("familyBackground", "");
        data.put("occupation", blank(p.occupation()));
        admission(s, data);
        data.put("recruitedOn", "");
        data.put("recruitedBy", "");
        data.put("youthUnionDate", date(p.youthUnionDate()));
        data.put("otherOrganisations", "");
        data.put("armyEnlistedOn", date(p.armyEnlistedOn()));
        data.put("armyDischargedOn", date(p.armyDischargedOn()));
        education(p, data);
        data.put("health", blank(p.health()));
        data.put("warInvalidGrade", blank(p.warInvalidGrade()));
        String merit = p.familyMerit() == null ? "" : p.familyMerit().toLowerCase(VIETNAMESE);
        data.put("martyrFamily", box(merit.contains("liệt sĩ") || merit.contains("liệt sỹ")));
        data.put("meritFamily", box(merit.contains("có công")));
        data.put("identityCard", "");
        data.put("citizenId", blank(m.ids().citizenId()));
        data.put("exemptOn", latest(s.history(), MembershipEventType.EXEMPTED).map(e -> date(e.date())).orElse(""));
        data.put("awards", blank(p.awards()));
        data.put("badges", badges(s.badges(), MILESTONES.subList(0, 5)));
        data.put("badgesMore", badges(s.badges(), MILESTONES.subList(5, MILESTONES.size())));
        data.put("honours", "");
        data.put("discipline", s.discipline().stream().map(SheetFields::discipline).collect(Collectors.joining("; ")));
        history(s, data);
        data.put("placeDate", "……………, ngày …… tháng …… năm ……");
        data.put("signerName", m.name().full());
        return data;
    }

    private static void admission(Source s, Map<String, Object> data) {
        Optional<MembershipEvent> first = first(s.history(), MembershipEventType.ADMITTED);
        String[] introducers = introducers(s.member().profile().introducers());
        data.put("admittedOn", first.map(e -> date(e.date())).orElse(""));
        data.put("admittedBranch", first.map(e -> branch(s, e.branchId() != null ? e.branchId()
                : s.history().stateOn(e.date()).branchId())).orElse(""));
        data.put("introducer1", introducers[0]);
        data.put("introducer2", introducers[1]);
        data.put("introducer1Post", "");
        data.put("introducer2Post", "");
        data.put("admissionDecisionDate", first.map(e -> date(e.decision().date())).orElse(""));
        Optional<MembershipEvent> official = first.flatMap(a -> s.history().events().stream()
                .filter(e -> e.type() == MembershipEventType.RECOGNIZED_OFFICIAL && !e.date().isBefore(a.date()))
                .findFirst());
        data.put("officialOn", official.map(e -> date(e.date())).orElse(""));
        data.put("officialBranch", official.map(e -> branch(s, s.history().stateOn(e.date()).branchId())).orElse(""));
    }

    /** 27) Đặc điểm lịch sử: xóa tên, kết nạp lại, khôi phục đảng tịch, from the history. */
    private static void history(Source s, Map<String, Object> data) {
        Optional<MembershipEvent> removed = latest(s.history(), MembershipEventType.REMOVED);
        data.put("removedOn", removed.map(e -> date(e.date())).orElse(""));
        data.put("removedBranch", removed.map(e -> branch(s, s.history().stateOn(e.date().minusDays(1)).branchId()))
                .orElse(""));
        Optional<MembershipEvent> again = latest(s.history(), MembershipEventType.READMITTED);
        data.put("readmittedOn", again.map(e -> date(e.date())).orElse(""));
        data.put("readmittedBranch", again.map(e -> branch(s, e.branchId())).orElse(""));
        data.put("readmitIntroducer1", "");
        data.put("readmitIntroducer2", "");
        data.put("readmitIntroducer1Post", "");
        data.put("readmitIntroducer2Post", "");
        Optional<MembershipEvent> reofficial = again.flatMap(a -> s.history().events().stream()
                .filter(e -> e.type() == MembershipEventType.RECOGNIZED_OFFICIAL && !e.date().isBefore(a.date()))
                .findFirst());
        data.put("reofficialOn", reofficial.map(e -> date(e.date())).orElse(""));
        data.put("reofficialBranch", reofficial.map(e -> branch(s, s.history().stateOn(e.date()).branchId())).orElse(""));
        Optional<MembershipEvent> restored = latest(s.history(), MembershipEventType.RESTORED);
        data.put("restoredOn", restored.map(e -> date(e.date())).orElse(""));
        data.put("restoredBranch", restored.map(e -> branch(s, s.history().stateOn(e.date()).branchId())).orElse(""));
    }

    /** 17) Trình độ: the professional level goes to vocational or university education by what it is. */
    private static void education(MemberProfile p, Map<String, Object> data) {
        String level = p.professionalLevel() == null ? "" : p.professionalLevel().strip();
        String lower = level.toLowerCase(VIETNAMESE);
        data.put("generalEducation", blank(p.generalEducation()));
        data.put("vocational", VOCATIONAL.contains(lower) ? level : "");
        data.put("university", !level.isEmpty() && !VOCATIONAL.contains(lower) ? level : "");
        data.put("degree", DEGREES.contains(lower) ? level : "");
        data.put("academicTitle", blank(p.academicTitle()));
        data.put("politicalTheory", p.politicalTheory() == null ? "" : p.politicalTheory().label());
        data.put("foreignLanguage", blank(p.foreignLanguage()));
        data.put("itLevel", blank(p.itLevel()));
    }

    /** 24) "30 năm ☒   40 năm ☐ …", ticked for the badges awarded. */
    private static String badges(List<BadgeAward> awards, List<Integer> milestones) {
        return milestones.stream().map(years -> years + " năm " + box(awards.stream().anyMatch(a -> a.milestone() == years)))
                .collect(Collectors.joining("  "));
    }

    private static String discipline(Discipline d) {
        String decision = d.decision().number() == null ? "" : ", quyết định số " + d.decision().number();
        return d.form().label() + " ngày " + date(d.announcedOn()) + decision
                + (d.reason() == null ? "" : " (" + d.reason() + ")");
    }

    /** The two introducers, written "A; B" or "A, B" in the record. */
    private static String[] introducers(String text) {
        if (text == null || text.isBlank()) {
            return new String[] {"", ""};
        }
        String[] parts = text.split(text.contains(";") ? ";" : ",", 2);
        return new String[] {parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""};
    }

    private static Optional<MembershipEvent> first(MembershipHistory history, MembershipEventType type) {
        return history.events().stream().filter(e -> e.type() == type).findFirst();
    }

    private static Optional<MembershipEvent> latest(MembershipHistory history, MembershipEventType type) {
        return history.events().stream().filter(e -> e.type() == type).reduce((earlier, later) -> later);
    }

    /** A branch's name after the form's own "Chi bộ:" label: "thôn Nà Pàn". */
    private static String branch(Source s, Long branchId) {
        String name = branchId == null ? "" : s.branchNames().getOrDefault(branchId, "");
        return name.replaceFirst("(?i)^chi bộ\\s+", "");
    }

    private static String box(boolean ticked) {
        return ticked ? "☒" : "☐";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DateFormats.format(date);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
