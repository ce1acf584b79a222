package vn.dangvu.logic.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table's row count and a checksum of its content: the sum of the SHA-256 (first 8 bytes) of
 * every row's values, so it does not depend on the order rows come back in but changes with any
 * value of any row.
 */
public record TableChecksum(long rows, long checksum) {

    /** Every table of the database's own schema (PUBLIC in H2, public on PostgreSQL). */
    static SortedMap<String, TableChecksum> of(Connection connection) {
        SortedMap<String, TableChecksum> sums = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            String schema = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "public" : "PUBLIC";
            for (String table : tables(statement, schema)) {
                sums.put(table, of(statement, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được dữ liệu để kiểm tra: " + e.getMessage(), e);
        }
        return sums;
    }

    private static List<String> tables(Statement statement, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = '" + schema + "' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static TableChecksum of(Statement statement, String table) throws SQLException {
        MessageDigest digest = sha256();
        long rows = 0;
        long sum = 0;
        try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    String value = rs.getString(c);
                    digest.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f); // unit separator: "ab","c" differs from "a","bc"
                }
                byte[] hash = digest.digest();
                long row = 0;
                for (int i = 0; i < 8; i++) {
                    row = (row << 8) | (hash[i] & 0xff);
                }
                sum += row;
                rows++;
            }
        }
        return new TableChecksum(rows, sum);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
