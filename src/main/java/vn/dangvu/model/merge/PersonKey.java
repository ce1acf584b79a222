package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.VietnameseText;

/**
 * What tells two records of one person apart from two people (DOMAIN.md §17): CCCD, card number,
 * and the full name (folded: case and diacritics ignored) with the birth date.
 */
public record PersonKey(long id, PersonName name, LocalDate birthDate, String cardNumber, String citizenId) {

    public PersonKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    public static PersonKey of(Member member) {
        return new PersonKey(member.id(), member.name(), member.birthDate(), member.ids().cardNumber(),
                member.ids().citizenId());
    }

    /** "nguyen thi hoa|1970-03-12": equal for "Nguyễn Thị Hoa" and "NGUYEN THI HOA" born the same day. */
    public String nameAndBirth() {
        return VietnameseText.fold(name.full()) + "|" + birthDate;
    }

    /** "Nguyễn Thị Hoa (sinh 12/03/1970)". */
    public String describe() {
        return name.full() + " (sinh " + DateFormats.format(birthDate) + ")";
    }
}
