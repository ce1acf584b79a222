package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/** The person's fields shared by the member form and the candidate's dossier. */
class PersonFieldsTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    private final PersonFields person = new PersonFields(new FormDates(() -> TODAY));
    private final Map<String, String> errors = new LinkedHashMap<>();

    private void fillValid() {
        person.familyName.set("Hoàng");
        person.middleName.set("Thị");
        person.givenName.set("Ánh");
        person.sex.set(Sex.FEMALE);
        person.birthDate.set("12/4/1995");
    }

    @Test
    void readsThePersonAsTyped() {
        fillValid();
        person.citizenId.set("022 195 001 234");
        person.armyEnlistedOn.set("01/02/2013");
        person.armyDischargedOn.set("01/02/2015");

        Member read = person.read(7L, 3, errors).orElseThrow();

        assertEquals(Map.of(), errors);
        assertEquals(7L, read.id());
        assertEquals(3, read.version());
        assertEquals("Hoàng Thị Ánh", read.name().full());
        assertEquals(LocalDate.of(1995, 4, 12), read.birthDate());
        assertEquals("Kinh", read.ethnicity(), "the majority ethnicity is the default");
        assertEquals("022195001234", read.ids().citizenId());
        assertEquals(LocalDate.of(2015, 2, 1), read.profile().armyDischargedOn());
    }

    @Test
    void everyMissingRequiredFieldIsListedUnderItsKey() {
        assertEquals(Optional.empty(), person.read(null, 0, errors));
        assertEquals(List.of("familyName", "givenName", "sex", "birthDate"), List.copyOf(errors.keySet()));
        assertEquals("Ngày sinh: chưa nhập (dd/MM/yyyy).", errors.get("birthDate"));
    }

    @ParameterizedTest(name = "[{index}] {0} = \"{1}\" → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            birthDate        | 31/02/1997   | birthDate        | Ngày sinh "31/02/1997" không đúng dạng dd/MM/yyyy.
            birthDate        | 16/03/2024   | birthDate        | Ngày sinh 16/03/2024 ở tương lai.
            youthUnionDate   | 26/3         | youthUnionDate   | Ngày vào Đoàn "26/3" không đúng dạng dd/MM/yyyy.
            armyEnlistedOn   | 2013-02-01   | armyEnlistedOn   | Ngày nhập ngũ "2013-02-01" không đúng dạng dd/MM/yyyy.
            armyDischargedOn | 01/01/2025   | armyDischargedOn | Ngày xuất ngũ 01/01/2025 ở tương lai.
            citizenId        | 0123456789   | citizenId        | Số CCCD phải gồm đúng 12 chữ số: "0123456789".
            cardNumber       | 12-34        | cardNumber       | Số thẻ đảng viên chỉ gồm chữ số (và chữ cái với thẻ mới), 6 đến 20 ký tự: "12-34".
            """)
    void eachProblemReachesItsField(String typedInto, String typed, String field, String message) {
        fillValid();
        person.texts().stream().filter(p -> p.getName().equals(typedInto)).findFirst().orElseThrow().set(typed);

        assertEquals(Optional.empty(), person.read(null, 0, errors));

        assertEquals(Map.of(field, message), errors);
    }

    @Test
    void aDischargeBeforeTheEnlistmentIsShownOnTheDischarge() {
        fillValid();
        person.armyEnlistedOn.set("01/02/2013");
        person.armyDischargedOn.set("01/02/2012");

        person.read(null, 0, errors);

        assertEquals(Map.of("armyDischargedOn", "Ngày xuất ngũ 01/02/2012 trước ngày nhập ngũ 01/02/2013."), errors);
    }

    @Test
    void aNameOfSpacesIsRefusedByTheNameItself() {
        fillValid();
        person.givenName.set("\u00a0");

        person.read(null, 0, errors);

        assertEquals(Map.of("givenName", "Thiếu tên."), errors);
    }

    @Test
    void whatIsShownIsReadBackUnchangedEvenTheFieldsAFormDoesNotShow() {
        MemberProfile.Builder profile = new MemberProfile.Builder();
        profile.birthName = "Hoàng Thị Én";
        profile.homeTown = "xã Hải Yến";
        profile.academicTitle = "Thạc sĩ";
        profile.politicalTheory = PoliticalTheory.INTERMEDIATE;
        profile.youthUnionDate = LocalDate.of(2010, 3, 26);
        profile.introducers = "Nông Văn Bảy, Hà Thị Lan";
        profile.armyEnlistedOn = LocalDate.of(2013, 2, 1);
        profile.armyDischargedOn = LocalDate.of(2015, 2, 1);
        profile.familyMerit = "Gia đình liệt sĩ";
        profile.awards = "Giấy khen 2020";
        profile.note = "Chuyển từ Quảng Ninh";
        Member stored = new Member(12L, 4, new PersonName("Hoàng", "Thị", "Ánh"), Sex.FEMALE, LocalDate.of(1995, 4, 12),
                "Tày", "Phật giáo", new MemberIds("00112233", "012345ABC", "022195001234"), profile.build());

        person.fill(stored);

        assertEquals("12/04/1995", person.birthDate.get());
        assertEquals(Optional.of(stored), person.read(12L, 4, errors));
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
