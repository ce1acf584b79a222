package vn.dangvu.ui.stats;

import java.util.List;
import java.util.Map;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.RegisterRow;

/** Who is behind a number of a report: a title and plain lines ready to show or export. */
public record PeopleBehind(String title, List<String> headers, List<List<String>> lines) {

    static PeopleBehind ofMembers(String title, List<RegisterRow> rows, Map<Long, String> branchNames) {
        List<List<String>> lines = rows.stream().map(row -> List.of(row.entry().name().full(),
                DateFormats.format(row.entry().birthDate()), row.entry().sex().toString(),
                row.state().branchId() == null ? "" : branchNames.getOrDefault(row.state().branchId(), ""),
                row.state().status().label())).toList();
        return new PeopleBehind(title, List.of("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Trạng thái"), lines);
    }

    static PeopleBehind ofBranches(String title, List<Branch> branches) {
        return new PeopleBehind(title, List.of("Chi bộ", "Loại"),
                branches.stream().map(b -> List.of(b.name(), b.kind().toString())).toList());
    }
}
