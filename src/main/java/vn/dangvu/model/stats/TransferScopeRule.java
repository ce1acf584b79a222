package vn.dangvu.model.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which transfer scopes Biểu 1 distinguishes from a day on (rules/transfer-scopes.csv, DOMAIN.md
 * §17): "another province" always; "another district" only while districts existed (until
 * 30/06/2025, Quy định 294-QĐ/TW).
 *
 * @param districts whether a transfer from or to another district of the province is its own line
 */
public record TransferScopeRule(LocalDate validFrom, boolean districts, String basis) {

    public TransferScopeRule {
        Objects.requireNonNull(validFrom, "validFrom");
    }
}
