package vn.dangvu.model;

/** Giới tính. */
public enum Sex {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
