package org.proficio.catalog.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.Driver;

/**
 * Plain JDBC on the test application's database, to look at the catalog's rows (and PostgreSQL's {@code xmin}, which
 * changes on any write to a row) without going through the code under test.
 */
public final class CatalogTables {

    /** How long a consumer may take to apply an event. */
    public static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);

    /** Every table of the catalog schema whose rows belong to one framework, with the framework's own first. */
    public static final List<String> TABLES = List.of(
            "framework",
            "competency",
            "scale_level",
            "prerequisite",
            "rubric",
            "rubric_criterion",
            "rubric_level",
            "learning_resource",
            "course");

    private CatalogTables() {}

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

    /** How many rows of the catalog table belong to the framework. */
    public static long countOf(String table, String frameworkId) {
        String column = table.equals("framework") ? "id" : "framework_id";
        return count("select count(*) from catalog." + table + " where " + column + " = ?::uuid", frameworkId);
    }

    /** How many rows of each of {@link #TABLES} belong to the framework. */
    public static Map<String, Long> rowCounts(String frameworkId) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, countOf(table, frameworkId)));
        return counts;
    }

    /** Waits until the read model holds the framework. */
    public static void awaitFramework(String frameworkId) {
        await().atMost(APPLIED_WITHIN).until(() -> countOf("framework", frameworkId) == 1);
    }

    /** Whether the consumer recorded the event as applied (or as skipped: a repeat is recorded once). */
    public static boolean processed(String consumer, UUID eventId) {
        return count(
                        "select count(*) from processed_event where consumer = ? and event_id = ?::uuid",
                        consumer,
                        eventId.toString())
                == 1;
    }

    /** Waits until the consumer has recorded the event. */
    public static void awaitProcessed(String consumer, UUID eventId) {
        await().atMost(APPLIED_WITHIN).until(() -> processed(consumer, eventId));
    }

    /**
     * Every catalog row of the framework, in every table, with its {@code xmin}: any write to a row, even of the same
     * values, changes it, and a row added or removed changes the list.
     */
    public static List<Map<String, Object>> rowVersions(String frameworkId) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (String table : TABLES) {
            String column = table.equals("framework") ? "id" : "framework_id";
            versions.addAll(rows(
                    "select '" + table + "' as t, id::text, xmin::text from catalog." + table + " where " + column
                            + " = ?::uuid order by id",
                    frameworkId));
        }
        return versions;
    }
}
