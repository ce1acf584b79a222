package vn.dangvu.model;

import java.time.LocalDate;
import vn.dangvu.model.register.RegisterRow;

/**
 * What the register needs of one person: plain values and their history, so that the list
 * for any "as of" date is derived in memory without touching the database again.
 *
 * @param searchKey folded name, card number and CCCD for search as you type
 */
public record RegisterEntry(long id, PersonName name, Sex sex, LocalDate birthDate, String ethnicity,
                            String cardNumber, String citizenId, MembershipHistory history, String searchKey) {

    public static RegisterEntry of(long id, PersonName name, Sex sex, LocalDate birthDate, String ethnicity,
                                   String cardNumber, String citizenId, MembershipHistory history) {
        String key = VietnameseText.fold(name.full()) + " " + (cardNumber == null ? "" : cardNumber)
                + " " + (citizenId == null ? "" : citizenId);
        return new RegisterEntry(id, name, sex, birthDate, ethnicity, cardNumber, citizenId, history, key);
    }

    public static RegisterEntry of(Member member, MembershipHistory history) {
        return of(member.id(), member.name(), member.sex(), member.birthDate(), member.ethnicity(),
                member.ids().cardNumber(), member.ids().citizenId(), history);
    }

    public boolean ethnicMinority() {
        return Member.isEthnicMinority(ethnicity);
    }

    /** The register line of this person at the end of a day. */
    public RegisterRow on(LocalDate date) {
        return new RegisterRow(this, history.stateOn(date), history.admissionDateOn(date).orElse(null),
                history.officialDateOn(date).orElse(null), java.time.Period.between(birthDate, date).getYears());
    }
}
