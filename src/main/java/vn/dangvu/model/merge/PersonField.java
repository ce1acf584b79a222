package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.PoliticalTheory;

/**
 * A field of the person's record as two former units may hold it: its label, its value as shown
 * (null when blank), and how to take the other record's value. A blank on one side is filled from
 * the other; two values that differ are a contradiction for the clerk (DOMAIN.md §17).
 *
 * @param take (here, there) → here with there's value
 */
public record PersonField(String label, Function<Member, String> value, BinaryOperator<Member> take) {

    /** Every field compared, in the order of the member form. */
    public static final List<PersonField> ALL = List.of(
            new PersonField("Họ và tên", m -> m.name().full(),
                    (h, t) -> new Member(h.id(), h.version(), t.name(), h.sex(), h.birthDate(), h.ethnicity(),
                            h.religion(), h.ids(), h.profile())),
            new PersonField("Giới tính", m -> m.sex().label(),
                    (h, t) -> new Member(h.id(), h.version(), h.name(), t.sex(), h.birthDate(), h.ethnicity(),
                            h.religion(), h.ids(), h.profile())),
            new PersonField("Ngày sinh", m -> DateFormats.format(m.birthDate()),
                    (h, t) -> new Member(h.id(), h.version(), h.name(), h.sex(), t.birthDate(), h.ethnicity(),
                            h.religion(), h.ids(), h.profile())),
            new PersonField("Dân tộc", Member::ethnicity,
                    (h, t) -> new Member(h.id(), h.version(), h.name(), h.sex(), h.birthDate(), t.ethnicity(),
                            h.religion(), h.ids(), h.profile())),
            new PersonField("Tôn giáo", Member::religion,
                    (h, t) -> new Member(h.id(), h.version(), h.name(), h.sex(), h.birthDate(), h.ethnicity(),
                            t.religion(), h.ids(), h.profile())),
            new PersonField("Số CCCD", m -> m.ids().citizenId(), (h, t) -> withIds(h,
                    new MemberIds(h.ids().cardNumber(), h.ids().profileNumber(), t.ids().citizenId()))),
            new PersonField("Số thẻ đảng viên", m -> m.ids().cardNumber(), (h, t) -> withIds(h,
                    new MemberIds(t.ids().cardNumber(), h.ids().profileNumber(), h.ids().citizenId()))),
            new PersonField("Số lý lịch", m -> m.ids().profileNumber(), (h, t) -> withIds(h,
                    new MemberIds(h.ids().cardNumber(), t.ids().profileNumber(), h.ids().citizenId()))),
            text("Họ và tên khai sinh", MemberProfile::birthName, (b, v) -> b.birthName = v),
            text("Nơi sinh", MemberProfile::birthPlace, (b, v) -> b.birthPlace = v),
            text("Quê quán", MemberProfile::homeTown, (b, v) -> b.homeTown = v),
            text("Nơi thường trú", MemberProfile::permanentAddress, (b, v) -> b.permanentAddress = v),
            text("Nơi tạm trú", MemberProfile::temporaryAddress, (b, v) -> b.temporaryAddress = v),
            text("Nghề nghiệp", MemberProfile::occupation, (b, v) -> b.occupation = v),
            text("Giáo dục phổ thông", MemberProfile::generalEducation, (b, v) -> b.generalEducation = v),
            text("Chuyên môn", MemberProfile::professionalLevel, (b, v) -> b.professionalLevel = v),
            text("Học hàm, học vị", MemberProfile::academicTitle, (b, v) -> b.academicTitle = v),
            new PersonField("Lý luận chính trị", m -> m.profile().politicalTheory() == PoliticalTheory.NONE ? null
                    : m.profile().politicalTheory().label(),
                    (h, t) -> withProfile(h, b -> b.politicalTheory = t.profile().politicalTheory())),
            text("Ngoại ngữ", MemberProfile::foreignLanguage, (b, v) -> b.foreignLanguage = v),
            text("Tin học", MemberProfile::itLevel, (b, v) -> b.itLevel = v),
            date("Ngày vào Đoàn", MemberProfile::youthUnionDate, (b, v) -> b.youthUnionDate = v),
            text("Người giới thiệu", MemberProfile::introducers, (b, v) -> b.introducers = v),
            date("Ngày nhập ngũ", MemberProfile::armyEnlistedOn, (b, v) -> b.armyEnlistedOn = v),
            date("Ngày xuất ngũ", MemberProfile::armyDischargedOn, (b, v) -> b.armyDischargedOn = v),
            text("Sức khỏe", MemberProfile::health, (b, v) -> b.health = v),
            text("Thương binh loại", MemberProfile::warInvalidGrade, (b, v) -> b.warInvalidGrade = v),
            text("Gia đình chính sách", MemberProfile::familyMerit, (b, v) -> b.familyMerit = v),
            text("Khen thưởng", MemberProfile::awards, (b, v) -> b.awards = v),
            text("Ghi chú", MemberProfile::note, (b, v) -> b.note = v));

    /** The value as shown, null when blank. */
    public String shown(Member member) {
        String shown = value.apply(member);
        return shown == null || shown.isBlank() ? null : shown;
    }

    private static PersonField text(String label, Function<MemberProfile, String> get,
                                    BiConsumer<MemberProfile.Builder, String> set) {
        return new PersonField(label, m -> get.apply(m.profile()),
                (h, t) -> withProfile(h, b -> set.accept(b, get.apply(t.profile()))));
    }

    private static PersonField date(String label, Function<MemberProfile, LocalDate> get,
                                    BiConsumer<MemberProfile.Builder, LocalDate> set) {
        return new PersonField(label, m -> get.apply(m.profile()) == null ? null : DateFormats.format(get.apply(m.profile())),
                (h, t) -> withProfile(h, b -> set.accept(b, get.apply(t.profile()))));
    }

    private static Member withIds(Member m, MemberIds ids) {
        return new Member(m.id(), m.version(), m.name(), m.sex(), m.birthDate(), m.ethnicity(), m.religion(), ids,
                m.profile());
    }

    private static Member withProfile(Member m, java.util.function.Consumer<MemberProfile.Builder> change) {
        MemberProfile.Builder builder = m.profile().toBuilder();
        change.accept(builder);
        return new Member(m.id(), m.version(), m.name(), m.sex(), m.birthDate(), m.ethnicity(), m.religion(), m.ids(),
                builder.build());
    }
}
