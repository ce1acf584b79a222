package vn.dangvu.model.register;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.model.VietnameseText;

/**
 * The register's search and filters; null means "all". Search matches every word of the query
 * in the folded name, card number or CCCD, so case and diacritics do not matter.
 */
public record RegisterFilter(String query, Long branchId, StatusFilter status, Sex sex, AgeBand ageBand,
                             EthnicityFilter ethnicity, Boolean exempt) implements Predicate<RegisterRow> {

    public static final RegisterFilter ALL_IN_STRENGTH =
            new RegisterFilter("", null, StatusFilter.IN_STRENGTH, null, null, null, null);

    /** Trạng thái choices of the register. */
    public enum StatusFilter {
        IN_STRENGTH("Đang sinh hoạt (đảng số)"),
        OFFICIAL("Chính thức"),
        PROBATIONARY("Dự bị"),
        TEMPORARILY_AWAY("Đi sinh hoạt tạm thời"),
        HOSTED("Sinh hoạt tạm thời tại Đảng bộ"),
        TRANSFERRED_OUT("Đã chuyển đi"),
        LEFT("Đã ra khỏi Đảng (xóa tên, khai trừ, xin ra)"),
        DIED("Đã từ trần"),
        ALL("Tất cả");

        private final String label;

        StatusFilter(String label) {
            this.label = label;
        }

        boolean test(MembershipState state) {
            MemberStatus s = state.status();
            return switch (this) {
                case IN_STRENGTH -> state.countsInPartyStrength();
                case OFFICIAL -> s == MemberStatus.OFFICIAL;
                case PROBATIONARY -> s == MemberStatus.PROBATIONARY;
                case TEMPORARILY_AWAY -> state.countsInPartyStrength() && state.temporarilyAway();
                case HOSTED -> s == MemberStatus.HOSTED;
                case TRANSFERRED_OUT -> s == MemberStatus.TRANSFERRED_OUT;
                case LEFT -> s == MemberStatus.REMOVED || s == MemberStatus.EXPELLED || s == MemberStatus.RESIGNED;
                case DIED -> s == MemberStatus.DIED;
                case ALL -> s != MemberStatus.NOT_YET_MEMBER;
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Dân tộc: the minority as a whole, or one named ethnicity. */
    public record EthnicityFilter(boolean minority, String name) {
        public static final EthnicityFilter MINORITY = new EthnicityFilter(true, null);

        public static EthnicityFilter named(String name) {
            return new EthnicityFilter(false, name);
        }

        boolean test(RegisterEntry entry) {
            return minority ? entry.ethnicMinority()
                    : VietnameseText.fold(entry.ethnicity()).equals(VietnameseText.fold(name));
        }

        @Override
        public String toString() {
            return minority ? "Dân tộc thiểu số" : name;
        }
    }

    public RegisterFilter {
        query = query == null ? "" : query;
        status = status == null ? StatusFilter.ALL : status;
    }

    public List<String> queryWords() {
        String folded = VietnameseText.fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    @Override
    public boolean test(RegisterRow row) {
        return matchesQuery(row.entry(), queryWords()) && matchesFilters(row);
    }

    /** Filters only, without the search words. */
    public boolean matchesFilters(RegisterRow row) {
        RegisterEntry entry = row.entry();
        return status.test(row.state())
                && (branchId == null || branchId.equals(row.state().branchId()))
                && (sex == null || sex == entry.sex())
                && (ageBand == null || (row.age() >= 0 && AgeBand.of(row.age()) == ageBand))
                && (ethnicity == null || ethnicity.test(entry))
                && (exempt == null || exempt == row.state().exempt());
    }

    public static boolean matchesQuery(RegisterEntry entry, List<String> words) {
        for (String word : words) {
            if (!entry.searchKey().contains(word)) {
                return false;
            }
        }
        return true;
    }

    public RegisterFilter withQuery(String newQuery) {
        return new RegisterFilter(newQuery, branchId, status, sex, ageBand, ethnicity, exempt);
    }
}
