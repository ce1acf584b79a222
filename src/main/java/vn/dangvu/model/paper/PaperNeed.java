package vn.dangvu.model.paper;

import java.util.Arrays;
import vn.dangvu.model.MemberStatus;

/** Whose file must hold a paper of a type: the "cần có" column of rules/ho-so-dang-vien.csv. */
public enum PaperNeed {
    /** Every member in đảng số: the admission papers, the Phiếu đảng viên, the photo. */
    EVERY_MEMBER("tat-ca"),
    /** Members recognised as official: the papers of the probation that led there. */
    OFFICIAL("chinh-thuc"),
    /** Only when it happens (a transfer, a discipline, a yearly review): never counted missing. */
    WHEN_ANY("khi-co");

    private final String code;

    PaperNeed(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PaperNeed ofCode(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + code + "\" không phải là một giá trị cần có"
                        + " (tat-ca, chinh-thuc hoặc khi-co)."));
    }

    /** Whether a member of this status must have the paper in their file. */
    public boolean requiredOf(MemberStatus status) {
        return switch (this) {
            case EVERY_MEMBER -> status.isMember();
            case OFFICIAL -> status == MemberStatus.OFFICIAL;
            case WHEN_ANY -> false;
        };
    }
}
