package org.proficio.assessment.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.Driver;

/**
 * Plain JDBC on the service's test database, to look at rows (and PostgreSQL's {@code xmin}, which changes on any
 * write to a row) without going through the code under test.
 */
public final class TestDatabase {

    private TestDatabase() {}

    /** Every row of the query, column name to value, in the order returned. */
    public static List<Map<String, Object>> rows(String sql, Object... params) {
        Config config = ConfigProvider.getConfig();
        Properties credentials = new Properties();
        credentials.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        credentials.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        // The driver directly: DriverManager does not see drivers of Quarkus' test class loader.
        try (Connection connection = new Driver()
                        .connect(config.getValue("quarkus.datasource.jdbc.url", String.class), credentials);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
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

    /** The single number a {@code select count(*) ...} returns. */
    public static long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }
}
