package vn.dangvu.logic.paper;

import java.util.List;

/**
 * What checking a backup's papers found.
 *
 * @param files   how many paper files the backup names
 * @param bytes   their size in all
 * @param missing the files not in the ho-so folder beside the zip, or of another size
 * @param damaged the files whose content did not check (only when checked in full)
 */
public record PaperCheck(int files, long bytes, List<String> missing, List<String> damaged) {

    public PaperCheck {
        missing = List.copyOf(missing);
        damaged = List.copyOf(damaged);
    }

    public boolean complete() {
        return missing.isEmpty() && damaged.isEmpty();
    }

    /** "1.234 tệp giấy tờ, đủ" or what is missing or damaged, for the clerk. */
    public String summary() {
        String count = vn.dangvu.model.NumberFormats.count(files) + " tệp giấy tờ";
        if (complete()) {
            return count + ", đủ và khớp";
        }
        return count + (missing.isEmpty() ? "" : ", thiếu " + missing.size())
                + (damaged.isEmpty() ? "" : ", hỏng " + damaged.size());
    }
}
