package org.proficio.catalog.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.postgresql.Driver;
import org.proficio.devstack.PostgresTestResource;

/**
 * A throw-away database of a service, migrated by Flyway outside Quarkus: first as an older release of the service
 * left it, then as the service's {@code application.properties} configures Flyway now. For testing that a database
 * already in use migrates cleanly to the shared catalog read model.
 */
public final class ServiceDatabase implements AutoCloseable {

    private final PostgresTestResource resource = new PostgresTestResource();
    private final String url;
    private final String user;
    private final String password;

    public ServiceDatabase() {
        Map<String, String> config = resource.start();
        url = config.get("quarkus.datasource.jdbc.url");
        user = config.get("quarkus.datasource.username");
        password = config.get("quarkus.datasource.password");
    }

    /** Migrates with the given locations up to {@code target} (a version, or null for all). */
    public void migrate(List<String> locations, String target, boolean outOfOrder) {
        var flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations(locations.toArray(String[]::new))
                .outOfOrder(outOfOrder);
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    /** Migrates as the service's {@code application.properties} (on the test's classpath) configures Flyway. */
    public void migrateAsConfigured() {
        Properties application = application();
        migrate(
                Arrays.stream(application
                                .getProperty("quarkus.flyway.locations")
                                .split(","))
                        .map(String::strip)
                        .toList(),
                null,
                Boolean.parseBoolean(application.getProperty("quarkus.flyway.out-of-order", "false")));
    }

    /** Runs statements (no results). */
    public void execute(String sql, Object... params) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    /** Every row of the query, column name to value. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** Whether a table (schema-qualified, e.g. {@code public.catalog_framework}) exists. */
    public boolean hasTable(String qualifiedName) {
        return rows("select to_regclass(?) is not null as present", qualifiedName)
                .get(0)
                .get("present")
                .equals(Boolean.TRUE);
    }

    /** The versions Flyway applied, in the order it applied them. */
    public List<String> appliedVersions() {
        return rows("select version from flyway_schema_history where success and version is not null"
                        + " order by installed_rank")
                .stream()
                .map(r -> (String) r.get("version"))
                .toList();
    }

    @Override
    public void close() {
        resource.stop();
    }

    private Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new Driver().connect(url, credentials);
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }

    private static Properties application() {
        Properties properties = new Properties();
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("no application.properties on the test classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
