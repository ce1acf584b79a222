package vn.dangvu.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.InvalidField;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/**
 * A person's fields (Phiếu đảng viên) as the member form and the candidate's dossier edit them.
 * Each property's name is the field's key everywhere: the control's fx:id, the key of its error,
 * the field an {@link InvalidField} names. A form that shows fewer fields still saves the others
 * as they were stored, so nothing is lost on the way from dossier to member.
 */
public final class PersonFields {

    private final List<StringProperty> texts = new ArrayList<>();

    // Public fields: the forms of two features bind to them, as they would to their own.
    public final StringProperty familyName = text("familyName");
    public final StringProperty middleName = text("middleName");
    public final StringProperty givenName = text("givenName");
    public final StringProperty birthName = text("birthName");
    public final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    public final StringProperty birthDate = text("birthDate");
    public final StringProperty birthPlace = text("birthPlace");
    public final StringProperty homeTown = text("homeTown");
    public final StringProperty permanentAddress = text("permanentAddress");
    public final StringProperty temporaryAddress = text("temporaryAddress");
    public final StringProperty ethnicity = text("ethnicity");
    public final StringProperty religion = text("religion");
    public final StringProperty occupation = text("occupation");
    public final StringProperty cardNumber = text("cardNumber");
    public final StringProperty profileNumber = text("profileNumber");
    public final StringProperty citizenId = text("citizenId");
    public final StringProperty generalEducation = text("generalEducation");
    public final StringProperty professionalLevel = text("professionalLevel");
    public final StringProperty academicTitle = text("academicTitle");
    public final ObjectProperty<PoliticalTheory> politicalTheory =
            new SimpleObjectProperty<>(this, "politicalTheory", PoliticalTheory.NONE);
    public final StringProperty foreignLanguage = text("foreignLanguage");
    public final StringProperty itLevel = text("itLevel");
    public final StringProperty youthUnionDate = text("youthUnionDate");
    public final StringProperty introducers = text("introducers");
    public final StringProperty armyEnlistedOn = text("armyEnlistedOn");
    public final StringProperty armyDischargedOn = text("armyDischargedOn");
    public final StringProperty health = text("health");
    public final StringProperty warInvalidGrade = text("warInvalidGrade");
    public final StringProperty familyMerit = text("familyMerit");
    public final StringProperty awards = text("awards");
    public final StringProperty note = text("note");

    private final FormDates dates;

    public PersonFields(FormDates dates) {
        this.dates = dates;
        ethnicity.set(Member.MAJORITY_ETHNICITY);
    }

    private StringProperty text(String key) {
        StringProperty property = new SimpleStringProperty(this, key, "");
        texts.add(property);
        return property;
    }

    /** The text fields, each named by its key. */
    public List<StringProperty> texts() {
        return List.copyOf(texts);
    }

    /** Shows a stored person. */
    public void fill(Member person) {
        familyName.set(person.name().family());
        middleName.set(person.name().middle());
        givenName.set(person.name().given());
        sex.set(person.sex());
        birthDate.set(DateFormats.format(person.birthDate()));
        ethnicity.set(person.ethnicity());
        religion.set(orBlank(person.religion()));
        cardNumber.set(orBlank(person.ids().cardNumber()));
        profileNumber.set(orBlank(person.ids().profileNumber()));
        citizenId.set(orBlank(person.ids().citizenId()));
        MemberProfile p = person.profile();
        birthName.set(orBlank(p.birthName()));
        birthPlace.set(orBlank(p.birthPlace()));
        homeTown.set(orBlank(p.homeTown()));
        permanentAddress.set(orBlank(p.permanentAddress()));
        temporaryAddress.set(orBlank(p.temporaryAddress()));
        occupation.set(orBlank(p.occupation()));
        generalEducation.set(orBlank(p.generalEducation()));
        professionalLevel.set(orBlank(p.professionalLevel()));
        academicTitle.set(orBlank(p.academicTitle()));
        politicalTheory.set(p.politicalTheory());
        foreignLanguage.set(orBlank(p.foreignLanguage()));
        itLevel.set(orBlank(p.itLevel()));
        youthUnionDate.set(DateFormats.format(p.youthUnionDate()));
        introducers.set(orBlank(p.introducers()));
        armyEnlistedOn.set(DateFormats.format(p.armyEnlistedOn()));
        armyDischargedOn.set(DateFormats.format(p.armyDischargedOn()));
        health.set(orBlank(p.health()));
        warInvalidGrade.set(orBlank(p.warInvalidGrade()));
        familyMerit.set(orBlank(p.familyMerit()));
        awards.set(orBlank(p.awards()));
        note.set(orBlank(p.note()));
    }

    /**
     * The person as typed, or empty with each problem put into {@code errors} under its field:
     * what the form asks for first (the required fields, the dates), then what the person's own
     * values refuse.
     */
    public Optional<Member> read(Long id, int version, Map<String, String> errors) {
        Map<String, String> found = new LinkedHashMap<>();
        require(found, familyName, "Nhập họ.");
        require(found, givenName, "Nhập tên.");
        if (sex.get() == null) {
            found.put(sex.getName(), "Chọn giới tính.");
        }
        LocalDate birth = date(found, birthDate, "Ngày sinh", true);
        LocalDate youth = date(found, youthUnionDate, "Ngày vào Đoàn", false);
        LocalDate enlisted = date(found, armyEnlistedOn, "Ngày nhập ngũ", false);
        LocalDate discharged = date(found, armyDischargedOn, "Ngày xuất ngũ", false);
        if (found.isEmpty()) {
            try {
                return Optional.of(new Member(id, version, new PersonName(familyName.get(), middleName.get(),
                        givenName.get()), sex.get(), birth, ethnicity.get(), religion.get(),
                        new MemberIds(cardNumber.get(), profileNumber.get(), citizenId.get()),
                        profile(youth, enlisted, discharged)));
            } catch (InvalidField e) {
                found.put(e.field(), e.getMessage());
            }
        }
        errors.putAll(found);
        return Optional.empty();
    }

    private MemberProfile profile(LocalDate youth, LocalDate enlisted, LocalDate discharged) {
        MemberProfile.Builder p = new MemberProfile.Builder();
        p.birthName = birthName.get();
        p.birthPlace = birthPlace.get();
        p.homeTown = homeTown.get();
        p.permanentAddress = permanentAddress.get();
        p.temporaryAddress = temporaryAddress.get();
        p.occupation = occupation.get();
        p.generalEducation = generalEducation.get();
        p.professionalLevel = professionalLevel.get();
        p.academicTitle = academicTitle.get();
        p.politicalTheory = politicalTheory.get();
        p.foreignLanguage = foreignLanguage.get();
        p.itLevel = itLevel.get();
        p.youthUnionDate = youth;
        p.introducers = introducers.get();
        p.armyEnlistedOn = enlisted;
        p.armyDischargedOn = discharged;
        p.health = health.get();
        p.warInvalidGrade = warInvalidGrade.get();
        p.familyMerit = familyMerit.get();
        p.awards = awards.get();
        p.note = note.get();
        return p.build();
    }

    private static void require(Map<String, String> errors, StringProperty value, String message) {
        if (value.get() == null || value.get().isBlank()) {
            errors.put(value.getName(), message);
        }
    }

    private LocalDate date(Map<String, String> errors, StringProperty value, String label, boolean required) {
        return dates.past(errors, value.getName(), label, value.get(), required).orElse(null);
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
