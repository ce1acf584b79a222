package vn.dangvu.logic.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/** The register on a PostgreSQL server (máy chủ dữ liệu, decision 0015): one connection, as on H2. */
final class DataServer extends Storage {

    private final ServerAddress address;
    private final Connection connection;
    private final DSLContext dsl;

    private DataServer(ServerAddress address, Connection connection) {
        this.address = address;
        this.connection = connection;
        // The jOOQ classes are generated from H2, whose unquoted names are upper case; PostgreSQL
        // folds them to lower case, so the same quoted names are rendered in lower case there.
        this.dsl = DSL.using(connection, SQLDialect.POSTGRES, settings().withRenderNameCase(RenderNameCase.LOWER));
    }

    /**
     * Connects to the server and brings its schema up to date. The data folder still holds this
     * computer's settings and the office's own templates and rule tables.
     */
    static DataServer open(Path folder, ServerAddress address) {
        FolderPermissions.createPrivate(folder);
        DataSource source = dataSource(address);
        Connection connection = connect(source, address);
        try {
            Migrations.onServer(source, address);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        return new DataServer(address, connection);
    }

    ServerAddress address() {
        return address;
    }

    @Override
    DSLContext dsl() {
        return dsl;
    }

    @Override
    void close() {
        closeQuietly(connection);
    }

    private static DataSource dataSource(ServerAddress address) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(address.url());
        if (!address.user().isEmpty()) {
            source.setUser(address.user());
        }
        if (!address.password().isEmpty()) {
            source.setPassword(address.password());
        }
        return source;
    }

    private static Connection connect(DataSource source, ServerAddress address) {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            String state = String.valueOf(e.getSQLState());
            if (state.startsWith("28")) { // invalid authorization
                throw new IllegalStateException("Máy chủ " + address + " không nhận tên đăng nhập hoặc mật khẩu: "
                        + e.getMessage(), e);
            }
            throw new IllegalStateException("Không kết nối được máy chủ dữ liệu " + address
                    + " (máy chủ đã chạy chưa, địa chỉ và tên cơ sở dữ liệu đúng chưa?): " + e.getMessage(), e);
        }
    }
}
