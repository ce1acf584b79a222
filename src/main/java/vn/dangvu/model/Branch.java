package vn.dangvu.model;

import java.time.LocalDate;

/** Chi bộ. Dissolved or merged branches keep their record so that history stays right. */
public record Branch(Long id, String name, BranchKind kind, LocalDate foundedOn, LocalDate dissolvedOn,
                     Long mergedIntoId, String note) {

    public Branch {
        name = PersonName.clean(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Tên chi bộ không được để trống.");
        }
        if (kind == null) {
            kind = BranchKind.OTHER;
        }
        if (mergedIntoId != null && dissolvedOn == null) {
            throw new IllegalArgumentException("Sáp nhập chi bộ phải có ngày.");
        }
        if (foundedOn != null && dissolvedOn != null && dissolvedOn.isBefore(foundedOn)) {
            throw new IllegalArgumentException("Ngày giải thể " + DateFormats.format(dissolvedOn)
                    + " trước ngày thành lập " + DateFormats.format(foundedOn) + ".");
        }
    }

    public static Branch create(String name, BranchKind kind, LocalDate foundedOn) {
        return new Branch(null, name, kind, foundedOn, null, null, null);
    }

    /** True when members can belong to it on that day. */
    public boolean activeOn(LocalDate date) {
        return (foundedOn == null || !date.isBefore(foundedOn)) && (dissolvedOn == null || date.isBefore(dissolvedOn));
    }

    public Branch withName(String newName) {
        return new Branch(id, newName, kind, foundedOn, dissolvedOn, mergedIntoId, note);
    }

    public Branch withKind(BranchKind newKind) {
        return new Branch(id, name, newKind, foundedOn, dissolvedOn, mergedIntoId, note);
    }

    public Branch dissolved(LocalDate on, Long mergedInto) {
        return new Branch(id, name, kind, foundedOn, on, mergedInto, note);
    }

    @Override
    public String toString() {
        return name;
    }
}
