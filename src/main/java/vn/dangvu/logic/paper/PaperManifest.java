package vn.dangvu.logic.paper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * ho-so/danh-sach.txt in a backup zip: the paper files the backup's records need, each with its
 * size, relative to the ho-so/ folder beside the zip. No content ids: the names of sealed files are
 * keyed hashes and say nothing about the papers.
 */
public record PaperManifest(List<Entry> entries) {

    static final String HEADER = "# Dang Vu: giay to cua ban sao luu, phien ban 1 (tep tuong doi voi thu muc ho-so ben canh)";

    /** One file: its path relative to the store, its size, and (in memory only) its content id. */
    public record Entry(String path, long bytes, String contentId) {
    }

    public PaperManifest {
        entries = List.copyOf(entries);
    }

    public long bytes() {
        return entries.stream().mapToLong(Entry::bytes).sum();
    }

    String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries) {
            text.append(entry.path()).append('\t').append(entry.bytes()).append('\n');
        }
        return text.toString();
    }

    static PaperManifest parse(String text) {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2 || cells[0].contains("..")) {
                    throw new IllegalArgumentException("dòng \"" + line + "\" không đúng dạng");
                }
                entries.add(new Entry(cells[0], Long.parseLong(cells[1]), null));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new PaperManifest(entries);
    }
}
