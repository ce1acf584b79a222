package vn.dangvu.model.admission;

import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.Sex;
import vn.dangvu.model.VietnameseText;

/**
 * Biểu 2 — the newly admitted in a period (HD 11-HD/BTCTW): totals, "of which" counts, age at
 * admission, general education, professional level and occupation.
 */
public record NewMemberProfile(int total, int women, int ethnicMinority, int religious, int youthUnion,
                               int businessOwners, int readmitted, Map<AgeBand, Integer> ageBands,
                               Map<String, Integer> generalEducation, Map<String, Integer> professionalLevel,
                               Map<String, Integer> occupation) {

    private static final Pattern GRADE = Pattern.compile("(\\d{1,2})\\s*/\\s*(10|12)");
    private static final String NOT_RECORDED = "Chưa ghi";
    // Groups are listed in this order, with 0 for the empty ones, so every Biểu 2 line is printed.

    public static NewMemberProfile of(List<Admission> admissions) {
        Map<AgeBand, Integer> ages = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            ages.put(band, 0);
        }
        admissions.forEach(a -> ages.merge(AgeBand.of(Period.between(a.person().birthDate(), a.date()).getYears()), 1,
                Integer::sum));
        return new NewMemberProfile(admissions.size(),
                count(admissions, a -> a.person().sex() == Sex.FEMALE),
                count(admissions, a -> a.person().ethnicMinority()),
                count(admissions, a -> a.person().religious()),
                count(admissions, a -> a.person().profile().youthUnionDate() != null),
                count(admissions, a -> VietnameseText.fold(text(a.person().profile().occupation())).contains("chu doanh nghiep")),
                count(admissions, Admission::readmission),
                ages,
                groups(admissions, a -> educationGroup(a.person().profile().generalEducation()),
                        List.of("Tiểu học", "Trung học cơ sở", "Trung học phổ thông", NOT_RECORDED)),
                groups(admissions, a -> professionalGroup(a.person().profile().professionalLevel()),
                        List.of("Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ", "Tiến sĩ")),
                byCount(admissions, a -> {
                    String occupation = text(a.person().profile().occupation());
                    return occupation.isEmpty() ? NOT_RECORDED : occupation;
                }));
    }

    private static int count(List<Admission> admissions, java.util.function.Predicate<Admission> test) {
        return (int) admissions.stream().filter(test).count();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * "12/12" → Trung học phổ thông, "9/12" → Trung học cơ sở, lower → Tiểu học; the older 10-year
     * system ("7/10", "10/10") ended primary at 4 and lower secondary at 7.
     */
    static String educationGroup(String generalEducation) {
        Matcher m = GRADE.matcher(text(generalEducation));
        if (!m.find()) {
            return NOT_RECORDED;
        }
        int grade = Integer.parseInt(m.group(1));
        int of = Integer.parseInt(m.group(2));
        int upper = of == 12 ? 10 : 8;
        int lower = of == 12 ? 6 : 5;
        return grade >= upper ? "Trung học phổ thông" : grade >= lower ? "Trung học cơ sở" : "Tiểu học";
    }

    static String professionalGroup(String professionalLevel) {
        String folded = VietnameseText.fold(text(professionalLevel));
        for (String[] level : new String[][] {{"tien si", "Tiến sĩ"}, {"thac si", "Thạc sĩ"}, {"dai hoc", "Đại học"},
                {"cu nhan", "Đại học"}, {"ky su", "Đại học"}, {"cao dang", "Cao đẳng"}, {"trung cap", "Trung cấp"},
                {"so cap", "Sơ cấp"}}) {
            if (folded.contains(level[0])) {
                return level[1];
            }
        }
        return "Chưa qua đào tạo";
    }

    private static Map<String, Integer> groups(List<Admission> admissions, Function<Admission, String> group,
                                               List<String> order) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        order.forEach(g -> counts.put(g, 0));
        admissions.forEach(a -> counts.merge(group.apply(a), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> byCount(List<Admission> admissions, Function<Admission, String> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        admissions.forEach(a -> counts.merge(group.apply(a), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(NameOrder.collator()::compare)))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
