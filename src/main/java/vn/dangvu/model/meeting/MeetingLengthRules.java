package vn.dangvu.model.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The minimum length of a meeting by date (configurable: a table the office can edit). From
 * Chỉ thị 50-CT/TW and HD 42-HD/BTCTW: 90 minutes, 120 when regular and thematic are combined;
 * before the first row there is no minimum.
 */
public final class MeetingLengthRules {

    private final List<MinimumLengthRule> rules;

    public MeetingLengthRules(List<MinimumLengthRule> rules) {
        List<MinimumLengthRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(MinimumLengthRule::validFrom));
        this.rules = List.copyOf(sorted);
    }

    public Optional<MinimumLengthRule> inForceOn(LocalDate date) {
        MinimumLengthRule found = null;
        for (MinimumLengthRule rule : rules) {
            if (!rule.validFrom().isAfter(date)) {
                found = rule;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Why a meeting of that kind, day and times is too short, or empty when it is long enough,
     * no minimum applies, or a time is missing.
     */
    public Optional<String> shortfall(MeetingKind kind, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
        if (kind == null || date == null || startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            return Optional.empty();
        }
        Optional<MinimumLengthRule> rule = inForceOn(date);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        long minutes = Duration.between(startsAt, endsAt).toMinutes();
        int minimum = rule.get().minutesFor(kind);
        if (minutes >= minimum) {
            return Optional.empty();
        }
        String basis = rule.get().basis().isEmpty() ? "" : " (" + rule.get().basis() + ")";
        return Optional.of("Buổi sinh hoạt " + minutes + " phút, ít hơn " + minimum + " phút tối thiểu"
                + (kind == MeetingKind.COMBINED ? " khi kết hợp thường kỳ với chuyên đề" : "") + basis + ".");
    }
}
