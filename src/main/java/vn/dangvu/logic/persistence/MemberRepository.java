package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import vn.dangvu.logic.persistence.jooq.tables.records.MemberRecord;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/** The person records. */
public final class MemberRepository {

    private final DSLContext dsl;

    MemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Member> find(long id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional(MemberRepository::toMember);
    }

    /**
     * Every person's full record, one at a time from a single query, so that a document can
     * take what it needs of 100,000 records without holding them all.
     */
    public void forEachMember(Consumer<Member> action) {
        try (var cursor = dsl.selectFrom(MEMBER).fetchSize(2000).fetchLazy()) {
            for (MemberRecord record : cursor) {
                action.accept(toMember(record));
            }
        }
    }

    public Member insert(Member member) {
        MemberRecord record = toRecord(member);
        record.attach(dsl.configuration());
        record.store();
        return member.withId(record.getId());
    }

    /** Updates when nobody changed the record since it was read (version check), else refuses. */
    public Member update(Member member) {
        MemberRecord record = toRecord(member);
        record.setVersion(member.version() + 1);
        record.setUpdatedAt(LocalDateTime.now());
        int updated = dsl.update(MEMBER).set(record)
                .where(MEMBER.ID.eq(member.id()), MEMBER.VERSION.eq(member.version())).execute();
        if (updated == 0) {
            throw new StaleRecordException("Hồ sơ " + member.name().full());
        }
        return new Member(member.id(), member.version() + 1, member.name(), member.sex(), member.birthDate(),
                member.ethnicity(), member.religion(), member.ids(), member.profile());
    }

    /**
     * Writes the name keys of the register's order where they are missing (the rows of a
     * database from before they existed); the number of rows filled.
     */
    public int fillMissingSortKeys() {
        var missing = dsl.select(MEMBER.ID, MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME).from(MEMBER)
                .where(MEMBER.NAME_SORT_KEY.isNull()).fetch();
        if (missing.isEmpty()) {
            return 0;
        }
        var batch = dsl.batch(dsl.update(MEMBER).set(MEMBER.NAME_SORT_KEY, (byte[]) null)
                .where(MEMBER.ID.eq((Long) null)));
        for (var r : missing) {
            batch.bind(NameOrder.sortKey(new PersonName(r.value2(), r.value3(), r.value4())), r.value1());
        }
        batch.execute();
        return missing.size();
    }

    /** The person other than {@code exceptId} who already holds this card number, if any. */
    public Optional<Member> findByCardNumber(String cardNumber, Long exceptId) {
        return findOther(MEMBER.CARD_NUMBER, cardNumber, exceptId);
    }

    public Optional<Member> findByCitizenId(String citizenId, Long exceptId) {
        return findOther(MEMBER.CITIZEN_ID, citizenId, exceptId);
    }

    private Optional<Member> findOther(Field<String> field, String value, Long exceptId) {
        if (value == null) {
            return Optional.empty();
        }
        return dsl.selectFrom(MEMBER)
                .where(field.eq(value), exceptId == null ? org.jooq.impl.DSL.trueCondition() : MEMBER.ID.ne(exceptId))
                .limit(1).fetchOptional(MemberRepository::toMember);
    }

    /**
     * Every column a person record writes (all but the id and the timestamps) and its value: the
     * one mapping of single-row writes, the import's updates and bulk inserts.
     */
    static final List<Column<Member, ?>> COLUMNS = columns(NameOrder::sortKey);

    /** {@link #COLUMNS} with the name keys of the register's order made by {@code sortKey}. */
    static List<Column<Member, ?>> columns(Function<PersonName, byte[]> sortKey) {
        return List.of(
            Column.of(MEMBER.VERSION, Member::version),
            Column.of(MEMBER.FAMILY_NAME, m -> m.name().family()),
            Column.of(MEMBER.MIDDLE_NAME, m -> m.name().middle()),
            Column.of(MEMBER.GIVEN_NAME, m -> m.name().given()),
            Column.of(MEMBER.NAME_SORT_KEY, m -> sortKey.apply(m.name())),
            Column.of(MEMBER.SEX, m -> m.sex() == Sex.MALE ? "M" : "F"),
            Column.of(MEMBER.BIRTH_DATE, Member::birthDate),
            Column.of(MEMBER.ETHNICITY, Member::ethnicity),
            Column.of(MEMBER.RELIGION, Member::religion),
            Column.of(MEMBER.CARD_NUMBER, m -> m.ids().cardNumber()),
            Column.of(MEMBER.PROFILE_NUMBER, m -> m.ids().profileNumber()),
            Column.of(MEMBER.CITIZEN_ID, m -> m.ids().citizenId()),
            Column.of(MEMBER.BIRTH_NAME, m -> m.profile().birthName()),
            Column.of(MEMBER.BIRTH_PLACE, m -> m.profile().birthPlace()),
            Column.of(MEMBER.HOME_TOWN, m -> m.profile().homeTown()),
            Column.of(MEMBER.PERMANENT_ADDRESS, m -> m.profile().permanentAddress()),
            Column.of(MEMBER.TEMPORARY_ADDRESS, m -> m.profile().temporaryAddress()),
            Column.of(MEMBER.OCCUPATION, m -> m.profile().occupation()),
            Column.of(MEMBER.GENERAL_EDUCATION, m -> m.profile().generalEducation()),
            Column.of(MEMBER.PROFESSIONAL_LEVEL, m -> m.profile().professionalLevel()),
            Column.of(MEMBER.ACADEMIC_TITLE, m -> m.profile().academicTitle()),
            Column.of(MEMBER.POLITICAL_THEORY, m -> m.profile().politicalTheory().name()),
            Column.of(MEMBER.FOREIGN_LANGUAGE, m -> m.profile().foreignLanguage()),
            Column.of(MEMBER.IT_LEVEL, m -> m.profile().itLevel()),
            Column.of(MEMBER.YOUTH_UNION_DATE, m -> m.profile().youthUnionDate()),
            Column.of(MEMBER.INTRODUCERS, m -> m.profile().introducers()),
            Column.of(MEMBER.ARMY_ENLISTED_ON, m -> m.profile().armyEnlistedOn()),
            Column.of(MEMBER.ARMY_DISCHARGED_ON, m -> m.profile().armyDischargedOn()),
            Column.of(MEMBER.HEALTH, m -> m.profile().health()),
            Column.of(MEMBER.WAR_INVALID_GRADE, m -> m.profile().warInvalidGrade()),
            Column.of(MEMBER.FAMILY_MERIT, m -> m.profile().familyMerit()),
            Column.of(MEMBER.AWARDS, m -> m.profile().awards()),
            Column.of(MEMBER.NOTE, m -> m.profile().note()));
    }

    public static MemberRecord toRecord(Member m) {
        MemberRecord r = new MemberRecord();
        if (m.id() != null) {
            r.setId(m.id());
        }
        COLUMNS.forEach(column -> column.copy(m, r));
        return r;
    }

    static Sex sex(String code) {
        return "F".equals(code) ? Sex.FEMALE : Sex.MALE;
    }

    static Member toMember(MemberRecord r) {
        MemberProfile.Builder p = new MemberProfile.Builder();
        p.birthName = r.getBirthName();
        p.birthPlace = r.getBirthPlace();
        p.homeTown = r.getHomeTown();
        p.permanentAddress = r.getPermanentAddress();
        p.temporaryAddress = r.getTemporaryAddress();
        p.occupation = r.getOccupation();
        p.generalEducation = r.getGeneralEducation();
        p.professionalLevel = r.getProfessionalLevel();
        p.academicTitle = r.getAcademicTitle();
        p.politicalTheory = r.getPoliticalTheory() == null ? PoliticalTheory.NONE
                : PoliticalTheory.valueOf(r.getPoliticalTheory());
        p.foreignLanguage = r.getForeignLanguage();
        p.itLevel = r.getItLevel();
        p.youthUnionDate = r.getYouthUnionDate();
        p.introducers = r.getIntroducers();
        p.armyEnlistedOn = r.getArmyEnlistedOn();
        p.armyDischargedOn = r.getArmyDischargedOn();
        p.health = r.getHealth();
        p.warInvalidGrade = r.getWarInvalidGrade();
        p.familyMerit = r.getFamilyMerit();
        p.awards = r.getAwards();
        p.note = r.getNote();
        return new Member(r.getId(), r.getVersion(), new PersonName(r.getFamilyName(), r.getMiddleName(), r.getGivenName()),
                sex(r.getSex()), r.getBirthDate(), r.getEthnicity(), r.getReligion(),
                new MemberIds(r.getCardNumber(), r.getProfileNumber(), r.getCitizenId()), p.build());
    }
}
