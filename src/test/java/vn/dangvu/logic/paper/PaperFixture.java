package vn.dangvu.logic.paper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/**
 * A committee with papers to file, on a real H2 file, on 01/06/2026: Nguyễn Văn Đức (official,
 * card 01234567, Chi bộ thôn Nà Pàn), Hoàng Thị Ánh (probationary since 02/09/2025, CCCD
 * 022190001234, Nà Pàn) and Đinh Văn Em (official, Chi bộ thôn Khòn Pát).
 */
public final class PaperFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    public static final String DUC_CARD = "01234567";
    public static final String ANH_CITIZEN_ID = "022190001234";

    public final Services services;
    public final PaperService papers;
    public final long napan;
    public final long khonpat;
    public final long duc;
    public final long anh;
    public final long em;

    public PaperFixture(Path folder) {
        this(folder, null);
    }

    /** @param password the data's password, or null for plain data */
    public PaperFixture(Path folder, String password) {
        Database database = Database.open(folder, password);
        services = Services.on(database, folder, CLOCK, "thư ký");
        new CommitteeService(database).setUp(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ tỉnh Quảng Ninh"),
                List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(1980, 1, 1)),
                        Branch.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, LocalDate.of(1980, 1, 1))));
        List<Branch> branches = services.branches().all();
        napan = branches.stream().filter(b -> b.name().endsWith("Nà Pàn")).findFirst().orElseThrow().id();
        khonpat = branches.stream().filter(b -> b.name().endsWith("Khòn Pát")).findFirst().orElseThrow().id();
        papers = services.papers();
        duc = person("Nguyễn Văn Đức", Sex.MALE, new MemberIds(DUC_CARD, "123456AB", "022080001111"), profile(),
                admitted(LocalDate.of(2005, 6, 1), napan), official(LocalDate.of(2006, 6, 1)));
        anh = person("Hoàng Thị Ánh", Sex.FEMALE, new MemberIds(null, null, ANH_CITIZEN_ID), MemberProfile.EMPTY,
                admitted(LocalDate.of(2025, 9, 2), napan));
        em = person("Đinh Văn Em", Sex.MALE, MemberIds.NONE, MemberProfile.EMPTY,
                admitted(LocalDate.of(2015, 9, 2), khonpat), official(LocalDate.of(2016, 9, 2)));
    }

    private static MemberProfile profile() {
        MemberProfile.Builder b = new MemberProfile.Builder();
        b.birthPlace = "Xã Hải Yến, huyện Tiên Yên, tỉnh Quảng Ninh";
        b.homeTown = "Xã Hải Yến, tỉnh Quảng Ninh";
        b.permanentAddress = "Thôn Nà Pàn, xã Hải Yến, tỉnh Quảng Ninh";
        b.occupation = "Nông dân";
        b.generalEducation = "12/12";
        b.professionalLevel = "Trung cấp";
        b.politicalTheory = PoliticalTheory.ELEMENTARY;
        b.introducers = "Nguyễn Văn Hải; Trần Thị Lan";
        b.youthUnionDate = LocalDate.of(1998, 3, 26);
        b.health = "Tốt";
        b.familyMerit = "Gia đình liệt sĩ";
        return b.build();
    }

    private long person(String name, Sex sex, MemberIds ids, MemberProfile profile, MembershipEvent... events) {
        return services.register().createMember(new Member(null, 0, PersonName.parse(name), sex,
                LocalDate.of(1980, 2, 1), "Kinh", null, ids, profile), List.of(events), "thư ký").member().id();
    }

    private static MembershipEvent admitted(LocalDate on, long branch) {
        return MembershipEvent.of(MembershipEventType.ADMITTED, on, branch);
    }

    private static MembershipEvent official(LocalDate on) {
        return MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, on, null);
    }

    @Override
    public void close() {
        services.close();
    }
}
