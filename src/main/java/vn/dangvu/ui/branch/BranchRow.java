package vn.dangvu.ui.branch;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;

/**
 * One line of the branches table: the branch, its status text and its đảng số (null while
 * the main window has not supplied the counts yet).
 */
public final class BranchRow {

    private final Branch branch;
    private final String status;
    private final ReadOnlyObjectWrapper<Integer> memberCount = new ReadOnlyObjectWrapper<>();

    BranchRow(Branch branch, String status, Integer memberCount) {
        this.branch = branch;
        this.status = status;
        this.memberCount.set(memberCount);
    }

    public Branch branch() {
        return branch;
    }

    public long id() {
        return branch.id();
    }

    public String name() {
        return branch.name();
    }

    public BranchKind kind() {
        return branch.kind();
    }

    public String kindLabel() {
        return branch.kind().label();
    }

    public LocalDate foundedOn() {
        return branch.foundedOn();
    }

    /** "Đang hoạt động", "Giải thể 12/03/2020" or "Sáp nhập vào Chi bộ X từ 01/07/2025". */
    public String status() {
        return status;
    }

    /** Dissolved or merged: kept for history, hidden unless the clerk asks for them. */
    public boolean ended() {
        return branch.dissolvedOn() != null;
    }

    public Integer memberCount() {
        return memberCount.get();
    }

    public ReadOnlyObjectProperty<Integer> memberCountProperty() {
        return memberCount.getReadOnlyProperty();
    }

    void setMemberCount(Integer count) {
        memberCount.set(count);
    }

    @Override
    public String toString() {
        return branch.name();
    }
}
