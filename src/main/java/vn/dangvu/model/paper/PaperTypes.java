package vn.dangvu.model.paper;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The papers of a member's file in the order of the file (DOMAIN.md §16), the photo among them. */
public record PaperTypes(List<PaperType> all) {

    public PaperTypes {
        all = List.copyOf(all);
        Set<String> codes = new HashSet<>();
        for (PaperType type : all) {
            if (!codes.add(type.code())) {
                throw new IllegalArgumentException("mã giấy tờ " + type.code() + " có hai lần.");
            }
        }
        if (!codes.contains(PaperType.PHOTO)) {
            throw new IllegalArgumentException("danh sách giấy tờ phải có ảnh đảng viên (mã " + PaperType.PHOTO + ").");
        }
    }

    public Optional<PaperType> find(String code) {
        return all.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The position in the file, for sorting; an unknown code (a list edited since) goes last. */
    public int order(String code) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return i;
            }
        }
        return all.size();
    }

    /** A code as the clerk reads it: the type's name, or the code itself when the list no longer has it. */
    public String name(String code) {
        return find(code).map(PaperType::name).orElse(code);
    }

    /** The codes, comma separated, for a message naming what the command line accepts. */
    public String codes() {
        return String.join(", ", all.stream().map(PaperType::code).toList());
    }
}
