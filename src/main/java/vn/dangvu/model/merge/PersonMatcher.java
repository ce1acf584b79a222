package vn.dangvu.model.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the person already here that a source record is (DOMAIN.md §17): CCCD, then card number,
 * then folded full name and birth date. Same CCCD, or the same card with the same birth date, is
 * one person; the name and birth date alone, or the same card with another birth date, only a
 * candidate the clerk decides on. Two different CCCDs are two people, whatever else they share.
 */
public final class PersonMatcher {

    private final Map<String, PersonKey> byCitizenId = new HashMap<>();
    private final Map<String, PersonKey> byCard = new HashMap<>();
    private final Map<String, PersonKey> byNameAndBirth = new HashMap<>();

    /** @param here the people already in the register; the first of namesakes is the candidate */
    public PersonMatcher(List<PersonKey> here) {
        for (PersonKey key : here) {
            if (key.citizenId() != null) {
                byCitizenId.putIfAbsent(key.citizenId(), key);
            }
            if (key.cardNumber() != null) {
                byCard.putIfAbsent(key.cardNumber(), key);
            }
            byNameAndBirth.putIfAbsent(key.nameAndBirth(), key);
        }
    }

    public Optional<PersonMatch> match(PersonKey there) {
        if (there.citizenId() != null) {
            PersonKey here = byCitizenId.get(there.citizenId());
            if (here != null) {
                return found(there, here, MatchKind.CERTAIN, "Cùng số CCCD " + there.citizenId());
            }
        }
        if (there.cardNumber() != null) {
            PersonKey here = byCard.get(there.cardNumber());
            if (here != null && !differentCitizens(there, here)) {
                return here.birthDate().equals(there.birthDate())
                        ? found(there, here, MatchKind.CERTAIN, "Cùng số thẻ đảng viên " + there.cardNumber()
                        + " và ngày sinh")
                        : found(there, here, MatchKind.UNCERTAIN, "Cùng số thẻ đảng viên " + there.cardNumber()
                        + " nhưng khác ngày sinh");
            }
        }
        PersonKey here = byNameAndBirth.get(there.nameAndBirth());
        if (here != null && !differentCitizens(there, here)) {
            return found(there, here, MatchKind.UNCERTAIN, "Cùng họ tên và ngày sinh");
        }
        return Optional.empty();
    }

    /** Two CCCDs that differ belong to two citizens. */
    private static boolean differentCitizens(PersonKey a, PersonKey b) {
        return a.citizenId() != null && b.citizenId() != null && !a.citizenId().equals(b.citizenId());
    }

    private static Optional<PersonMatch> found(PersonKey there, PersonKey here, MatchKind kind, String reason) {
        return Optional.of(new PersonMatch(there, here, kind, reason));
    }
}
