package vn.dangvu.model.badge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Biểu 7, Huy hiệu Đảng: badges given in a year per milestone (decision date, else the round). */
public record BadgeCounts(int year, Map<Integer, Long> byMilestone) {

    public static BadgeCounts of(int year, List<Integer> milestones, List<BadgeAward> awards) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        milestones.forEach(m -> counts.put(m, 0L));
        awards.stream().filter(a -> a.countedOn().getYear() == year)
                .forEach(a -> counts.merge(a.milestone(), 1L, Long::sum));
        return new BadgeCounts(year, java.util.Collections.unmodifiableMap(counts));
    }

    public long total() {
        return byMilestone.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "Huy hiệu 30 năm tuổi Đảng: 97; …" as the reports write it (seed 002). */
    public String sentence() {
        StringBuilder text = new StringBuilder();
        byMilestone.forEach((m, n) -> {
            if (n > 0) {
                text.append(text.length() == 0 ? "" : "; ").append("Huy hiệu ").append(m).append(" năm tuổi Đảng có ")
                        .append(n < 10 ? "0" + n : String.valueOf(n)).append(" đồng chí");
            }
        });
        return text.length() == 0 ? "Chưa tặng huy hiệu nào." : text.append('.').toString();
    }
}
