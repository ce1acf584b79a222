package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.importing.ClerkWorkbook;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProgress;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.MemberRating;

/**
 * The import's bulk writes (multi-row inserts of plain JDBC parameters, issue 9) store exactly
 * what the single-row writes through jOOQ records store: same columns, same values, the same
 * name keys of the register's order. Checked on real H2 files, column by column.
 */
class BulkInsertTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    /** Filled in by the database, so different in any two writes. */
    private static final Set<String> TIMESTAMPS = Set.of("CREATED_AT", "UPDATED_AT", "RECORDED_AT");

    @TempDir
    Path folder;

    @Test
    void anImportedWorkbookIsStoredAsTheSingleRowWritesStoreIt() throws Exception {
        Path bulk = folder.resolve("nhap");
        Path oneByOne = folder.resolve("tung-dong");
        try (Database imported = Database.open(bulk)) {
            new BranchService(imported).create(ClerkWorkbook.NA_PAN, BranchKind.VILLAGE, null);
            MemberImportService importer = new MemberImportService(imported, () -> TODAY);
            ImportPlan plan = importer.preview(ClerkWorkbook.clean().write(folder.resolve("danh-sach.xlsx")));
            assertFalse(plan.hasErrors(), plan.errors().toString());
            importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false);
            try (Database reference = Database.open(oneByOne)) {
                writeOneByOne(imported, reference);
            }
        }

        for (String table : List.of("BRANCH", "MEMBER", "MEMBERSHIP_EVENT", "MEMBER_RATING", "BRANCH_RATING")) {
            List<List<Object>> expected = rows(oneByOne, table);
            assertFalse(expected.isEmpty(), table + " has rows");
            assertEquals(expected, rows(bulk, table), table);
        }
    }

    @Test
    void everyColumnOfAPersonIsStoredAsTheSingleRowWriteStoresIt() throws Exception {
        List<Member> members = List.of(everyField(1), everyField(2), minimal(3));
        try (Database viaBulk = Database.open(folder.resolve("nhap"));
             Database viaRecords = Database.open(folder.resolve("tung-dong"))) {
            viaBulk.write(r -> {
                r.bulkInsert().members(members);
                return null;
            });
            viaRecords.write(r -> {
                members.forEach(r.members()::insert);
                return null;
            });
        }

        List<List<Object>> expected = rows(folder.resolve("tung-dong"), "MEMBER");
        assertEquals(3, expected.size());
        assertFalse(expected.get(0).contains(null), "every column of the first person is filled: " + expected.get(0));
        assertEquals(expected, rows(folder.resolve("nhap"), "MEMBER"));
    }

    private static Member everyField(long id) {
        MemberProfile.Builder p = new MemberProfile.Builder();
        p.birthName = "Nguyễn Thị Bé";
        p.birthPlace = "Xã Hải Yến, Quảng Ninh";
        p.homeTown = "Thôn Nà Pàn";
        p.permanentAddress = "Số 5, thôn Nà Pàn";
        p.temporaryAddress = "Tổ 3, phường Cẩm Phả";
        p.occupation = "Giáo viên";
        p.generalEducation = "12/12";
        p.professionalLevel = "Đại học";
        p.academicTitle = "Thạc sĩ";
        p.politicalTheory = PoliticalTheory.INTERMEDIATE;
        p.foreignLanguage = "Tiếng Anh B1";
        p.itLevel = "Cơ bản";
        p.youthUnionDate = LocalDate.of(1996, 3, 26);
        p.introducers = "Lê Văn Cường, Phạm Thị Dung";
        p.armyEnlistedOn = LocalDate.of(2001, 2, 1);
        p.armyDischargedOn = LocalDate.of(2003, 2, 1);
        p.health = "Tốt";
        p.warInvalidGrade = "4/4";
        p.familyMerit = "Con liệt sĩ";
        p.awards = "Huy hiệu 30 năm tuổi Đảng";
        p.note = "Bí thư chi bộ";
        return new Member(id, 0, new PersonName("Nguyễn", "Thị Thu", "Đào"), Sex.FEMALE, LocalDate.of(1981, 12, 31),
                "Tày", "Phật giáo", new MemberIds("0" + (1234567 + id), "LL-" + id, "0011" + (10000000 + id)),
                p.build());
    }

    private static Member minimal(long id) {
        return new Member(id, 0, new PersonName("Lê", "", "Ánh"), Sex.MALE, LocalDate.of(1950, 1, 1), null, null, null,
                null);
    }

    /** What the import wrote into {@code imported}, written again row by row through the repositories. */
    private static void writeOneByOne(Database imported, Database reference) {
        List<Branch> branches = imported.read(r -> r.branches().all()).stream()
                .sorted(Comparator.comparing(Branch::id)).toList();
        List<Member> members = new ArrayList<>();
        imported.read(r -> {
            r.members().forEachMember(members::add);
            return null;
        });
        members.sort(Comparator.comparing(Member::id));
        record Stored(long memberId, MembershipEvent event) {
        }
        List<Stored> events = new ArrayList<>();
        imported.read(r -> {
            members.forEach(m -> r.events().forMember(m.id()).forEach(e -> events.add(new Stored(m.id(), e))));
            return null;
        });
        events.sort(Comparator.comparing(s -> s.event().id()));
        List<MemberRating> ratings = imported.read(r -> r.ratings().ofMembers(members.stream().map(Member::id).toList()));
        var branchRatings = imported.read(r -> r.ratings().ofBranches());
        reference.write(r -> {
            branches.forEach(b -> assertEquals(b.id(), r.branches().insert(new Branch(null, b.name(), b.kind(),
                    b.foundedOn(), b.dissolvedOn(), b.mergedIntoId(), b.note())).id()));
            members.forEach(r.members()::insert);
            events.forEach(s -> assertEquals(s.event().id(),
                    r.events().insert(s.memberId(), s.event()).id()));
            r.ratings().saveMemberRatings(ratings, "thư ký");
            r.ratings().saveBranchRatings(branchRatings, "thư ký");
            return null;
        });
    }

    /** Every row of the table in key order, every column but the timestamps; byte arrays as lists. */
    private static List<List<Object>> rows(Path data, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(DataFile.url(data, null), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    if (!TIMESTAMPS.contains(columns.getColumnName(i))) {
                        Object value = result.getObject(i);
                        row.add(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
