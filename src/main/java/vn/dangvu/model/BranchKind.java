package vn.dangvu.model;

/** Loại chi bộ. */
public enum BranchKind {
    VILLAGE("Thôn, bản, khu phố"),
    SCHOOL("Trường học"),
    POLICE("Công an"),
    MILITIA("Quân sự"),
    OFFICE("Cơ quan"),
    ENTERPRISE("Doanh nghiệp"),
    OTHER("Khác");

    private final String label;

    BranchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a branch's name suggests ("Chi bộ Trường Tiểu học …" → school); a default the clerk can change. */
    public static BranchKind guessFromName(String name) {
        String folded = VietnameseText.fold(name);
        if (folded.contains("truong") || folded.contains("mam non")) {
            return SCHOOL;
        }
        if (folded.contains("cong an")) {
            return POLICE;
        }
        if (folded.contains("quan su")) {
            return MILITIA;
        }
        if (folded.contains("doanh nghiep") || folded.contains("cong ty")) {
            return ENTERPRISE;
        }
        if (folded.contains("co quan") || folded.contains("uy ban") || folded.contains("tram y te")) {
            return OFFICE;
        }
        if (folded.matches(".*\\b(thon|ban|khu|ap|to dan pho|khu pho|xom)\\b.*")) {
            return VILLAGE;
        }
        return OTHER;
    }

    @Override
    public String toString() {
        return label;
    }
}
