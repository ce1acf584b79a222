package vn.dangvu.logic.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.dangvu.logic.persistence.TableChecksum;

/**
 * What a backup holds, written into it as {@value #NAME} (UTF-8 name=value lines): the format
 * version, the database's schema version, when it was taken, every table's row count and
 * checksum as they were verified, and every other file it carries (the scanned papers of issue
 * 19) with its size and SHA-256. {@code verify-backup} checks a backup against it (decision 0026).
 *
 * @param format        {@value #FORMAT} for backups of this release; a larger number is a newer release's
 * @param engine        "h2" (the data file) or "postgresql" (a pg_dump of the server)
 * @param schemaVersion the Flyway version of the database when it was taken
 * @param tables        table → rows and checksum
 * @param files         name in the zip → its size and SHA-256, besides the database itself
 */
public record BackupManifest(int format, String engine, String schemaVersion, LocalDateTime takenAt, boolean encrypted,
                             SortedMap<String, TableChecksum> tables, SortedMap<String, FileDigest> files) {

    public static final String NAME = "dangvu-bang-ke.properties";
    public static final int FORMAT = 1;

    /** A file of the backup: its size in bytes and its SHA-256 in hex. */
    public record FileDigest(long bytes, String sha256) {
    }

    public BackupManifest {
        tables = new TreeMap<>(tables);
        files = new TreeMap<>(files);
    }

    /** The same manifest with one more file listed. */
    public BackupManifest withFile(String name, FileDigest digest) {
        SortedMap<String, FileDigest> more = new TreeMap<>(files);
        more.put(name, digest);
        return new BackupManifest(format, engine, schemaVersion, takenAt, encrypted, tables, more);
    }

    public long rows() {
        return tables.values().stream().mapToLong(TableChecksum::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(format));
        p.setProperty("engine", engine);
        p.setProperty("schema", schemaVersion);
        p.setProperty("taken", takenAt.toString());
        p.setProperty("encrypted", String.valueOf(encrypted));
        tables.forEach((table, sum) -> {
            p.setProperty("table." + table + ".rows", String.valueOf(sum.rows()));
            p.setProperty("table." + table + ".checksum", String.valueOf(sum.checksum()));
        });
        files.forEach((name, digest) -> {
            p.setProperty("file." + name + ".bytes", String.valueOf(digest.bytes()));
            p.setProperty("file." + name + ".sha256", digest.sha256());
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        p.store(writer, "Đảng Vụ: bảng kê bản sao lưu");
        writer.flush();
    }

    /** @throws IllegalArgumentException when a line is missing or not a number */
    static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        SortedMap<String, TableChecksum> tables = new TreeMap<>();
        SortedMap<String, FileDigest> files = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("table.") && key.endsWith(".rows")) {
                String table = key.substring("table.".length(), key.length() - ".rows".length());
                tables.put(table, new TableChecksum(Long.parseLong(p.getProperty(key)),
                        Long.parseLong(required(p, "table." + table + ".checksum"))));
            } else if (key.startsWith("file.") && key.endsWith(".bytes")) {
                String name = key.substring("file.".length(), key.length() - ".bytes".length());
                files.put(name, new FileDigest(Long.parseLong(p.getProperty(key)), required(p, "file." + name + ".sha256")));
            }
        }
        return new BackupManifest(Integer.parseInt(required(p, "format")), required(p, "engine"), required(p, "schema"),
                LocalDateTime.parse(required(p, "taken")), Boolean.parseBoolean(p.getProperty("encrypted")), tables, files);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("thiếu dòng " + key);
        }
        return value.strip();
    }
}
