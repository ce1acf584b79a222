package vn.dangvu.ui.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangvu.logic.register.MemberList;
import vn.dangvu.logic.register.MemberListRow;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.register.RegisterRow;

/**
 * Who is behind a number of a report: a title and plain lines ready to show, and for members
 * the same lines as a list the clerk can export (null for branches).
 */
public record PeopleBehind(String title, List<String> headers, List<List<String>> lines, MemberList members) {

    static PeopleBehind ofMembers(String title, LocalDate day, List<RegisterRow> rows, Map<Long, String> branchNames) {
        List<MemberListRow> listed = rows.stream().map(row -> new MemberListRow(row.entry().name().full(),
                row.entry().birthDate(), row.entry().sex().toString(),
                row.state().branchId() == null ? "" : branchNames.getOrDefault(row.state().branchId(), ""),
                row.admissionDate(), row.officialDate(), row.state().status().label())).toList();
        List<List<String>> lines = listed.stream().map(row -> List.of(row.fullName(),
                DateFormats.format(row.birthDate()), row.sex(), row.branch(), row.status())).toList();
        return new PeopleBehind(title, List.of("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Trạng thái"), lines,
                new MemberList(day, title, listed));
    }

    static PeopleBehind ofBranches(String title, List<Branch> branches) {
        return new PeopleBehind(title, List.of("Chi bộ", "Loại"),
                branches.stream().map(b -> List.of(b.name(), b.kind().toString())).toList(), null);
    }
}
