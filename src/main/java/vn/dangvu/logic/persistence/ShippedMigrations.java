package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database already holds every migration this build ships, so that opening it need not
 * start Flyway: its classpath scan, configuration and validation cost more at start than the
 * database itself (decision 0012). Every shipped version is looked for, not only the highest:
 * migrations run out of order, so a lower-numbered one may arrive after a higher one was applied.
 * Anything unexpected (no history table, a failed migration, a file that is not a versioned
 * migration, a location that cannot be listed) answers no, and Flyway does its usual work.
 */
final class ShippedMigrations {

    /** The H2 file's migrations: the shared ones and H2's own (decision 0015). */
    private static final List<String> LOCATIONS = List.of("db/migration/common", "db/migration/h2");
    /** V12__name.sql → 12, V1_1__name.sql → 1.1, as Flyway writes the version in its history. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

    private ShippedMigrations() {
    }

    static boolean allApplied(Connection connection) {
        Set<String> shipped = versions(fileNames());
        return !shipped.isEmpty() && applied(connection).containsAll(shipped);
    }

    /** The versions of the migrations; empty when any of the names is not a versioned migration. */
    static Set<String> versions(List<String> fileNames) {
        Set<String> versions = new HashSet<>();
        for (String name : fileNames) {
            Matcher versioned = VERSIONED.matcher(name);
            if (!versioned.matches()) {
                return Set.of();
            }
            versions.add(versioned.group(1).replace('_', '.'));
        }
        return versions;
    }

    private static Set<String> applied(Connection connection) {
        Set<String> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return Set.of(); // a new database: no history yet
        }
        return versions;
    }

    /** The files of the migration folder in every class path entry (the fat jar, or target/classes). */
    static List<String> fileNames() {
        try {
            List<String> names = new java.util.ArrayList<>();
            for (String location : LOCATIONS) {
                for (URL folder : Collections.list(ShippedMigrations.class.getClassLoader().getResources(location))) {
                    names.addAll(switch (folder.getProtocol()) {
                        case "file" -> inFolder(Path.of(folder.toURI()));
                        case "jar" -> inJar(folder, location);
                        default -> List.of(":" + folder); // not a migration name: Flyway decides
                    });
                }
            }
            return names;
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static List<String> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** The jar is the one the classes were loaded from, already open: its directory is in memory. */
    private static List<String> inJar(URL folder, String location) throws IOException {
        String prefix = location + "/";
        return ((JarURLConnection) folder.openConnection()).getJarFile().stream()
                .map(java.util.zip.ZipEntry::getName)
                .filter(name -> name.startsWith(prefix) && name.length() > prefix.length()
                        && name.indexOf('/', prefix.length()) < 0)
                .map(name -> name.substring(prefix.length()))
                .toList();
    }
}
