package vn.dangvu.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Committee;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.committee.CommitteeHistory;

/**
 * Transfer scopes follow the units of each transfer's date (DOMAIN.md §17, decision 0019): the
 * commune was under Đảng bộ huyện Tiên Yên until 30/06/2025 and under Đảng bộ tỉnh Quảng Ninh
 * from 01/07/2025, when the rules stop telling another district apart.
 */
class TransferScopesTest {

    private static final List<TransferScopeRule> RULES = List.of(
            new TransferScopeRule(LocalDate.of(2025, 7, 1), false, "QĐ 294-QĐ/TW"),
            new TransferScopeRule(LocalDate.of(2021, 12, 13), true, "HD 11-HD/BTCTW"));
    /** One transfer on record places the district Tiên Yên in Quảng Ninh. */
    private static final List<OtherOrganisation> PLACES = List.of(
            new OtherOrganisation("Đảng bộ xã Đông Ngũ", "Quảng Ninh", "Tiên Yên"));
    private static final Committee DISTRICT_ERA = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên");
    private static final TransferScopes SCOPES = TransferScopes.of(CommitteeHistory.of(DISTRICT_ERA, List.of(
            new CommitteeHistory.Version(LocalDate.of(2025, 7, 1),
                    new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ tỉnh Quảng Ninh")))), PLACES, RULES);

    @ParameterizedTest(name = "{0}, {1} on {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "Quảng Ninh, Đầm Hà,  2024-05-01, OTHER_DISTRICT",
            "Quảng Ninh, Tiên Yên, 2024-05-01, SAME_AREA",
            "Hải Phòng,  -,        2024-05-01, OTHER_PROVINCE",
            "Quảng Ninh, Đầm Hà,  2025-06-30, OTHER_DISTRICT",
            "Quảng Ninh, Đầm Hà,  2025-07-01, SAME_AREA",
            "Quảng Ninh, -,        2025-08-01, SAME_AREA",
            "Hải Phòng,  -,        2025-08-01, OTHER_PROVINCE",
            "-,          -,        2025-08-01, UNKNOWN"})
    void aTransferIsPlacedAsTheUnitsOfItsDayWere(String province, String district, LocalDate on, TransferScope scope) {
        assertEquals(scope, SCOPES.scope(new OtherOrganisation("Đảng bộ khác", province, district), on));
    }

    @Test
    void noOtherDistrictAfterJuly2025EvenWhenTheSuperiorWasNotUpdated() {
        TransferScopes stale = TransferScopes.of(CommitteeHistory.of(DISTRICT_ERA, List.of()), PLACES, RULES);

        OtherOrganisation damHa = new OtherOrganisation("Đảng bộ xã Quảng Lợi", "Quảng Ninh", "Đầm Hà");
        assertEquals(TransferScope.OTHER_DISTRICT, stale.scope(damHa, LocalDate.of(2025, 6, 30)));
        assertEquals(TransferScope.SAME_AREA, stale.scope(damHa, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void theRegisterSaysInTheDistrictOnlyWhileThereWasOne() {
        assertTrue(SCOPES.homeHasDistrictOn(LocalDate.of(2025, 6, 30)));
        assertFalse(SCOPES.homeHasDistrictOn(LocalDate.of(2025, 7, 1)));
    }
}
