package vn.dangvu.model.badge;

/** Why a member is on a round's list. */
public enum BadgeKind {
    OWN("Đến mốc trong đợt"),
    EARLIER("Đợt trước chưa được tặng"),
    EARLY_ILLNESS("Ốm nặng, tặng sớm"),
    POSTHUMOUS("Truy tặng");

    private final String label;

    BadgeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean early() {
        return this == EARLY_ILLNESS || this == POSTHUMOUS;
    }

    @Override
    public String toString() {
        return label;
    }
}
