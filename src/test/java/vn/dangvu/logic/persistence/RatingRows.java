package vn.dangvu.logic.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.dangvu.model.rating.RatingGrade;

/**
 * Writes rating rows for tests until the ratings screens and import exist: a second
 * connection to the same database file, which H2 allows inside one process.
 */
public final class RatingRows {

    private RatingRows() {
    }

    public static void member(Path dataFolder, long memberId, int year, RatingGrade grade) {
        insert(dataFolder, "INSERT INTO member_rating (member_id, rating_year, grade, recorded_by) VALUES (?, ?, ?, 'test')",
                memberId, year, grade);
    }

    public static void branch(Path dataFolder, long branchId, int year, RatingGrade grade) {
        insert(dataFolder, "INSERT INTO branch_rating (branch_id, rating_year, grade, recorded_by) VALUES (?, ?, ?, 'test')",
                branchId, year, grade);
    }

    private static void insert(Path dataFolder, String sql, long id, int year, RatingGrade grade) {
        try (Connection connection = DriverManager.getConnection(DataFile.url(dataFolder, null), "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.setInt(2, year);
            statement.setString(3, grade.name());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
