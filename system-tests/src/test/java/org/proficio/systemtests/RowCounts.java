package org.proficio.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The number of rows of every table of the four services' databases, read straight from the stack's PostgreSQL:
 * what "nothing was written" is checked against. Each database is read with its own (dev-only) role. Of
 * {@code outbox_event} only the rows since the counting began are counted: the relay's purge deletes rows days old at
 * any hour.
 */
final class RowCounts {

    private static final List<String> DATABASES =
            List.of("proficio_competency", "proficio_assessment", "proficio_progression", "proficio_support");

    private final String host;
    private final String port;
    private final java.time.Instant since = java.time.Instant.now().minusSeconds(60);
    private final Map<String, Connection> connections = new java.util.HashMap<>();

    private RowCounts(String host, String port) {
        this.host = host;
        this.port = port;
    }

    static RowCounts ofStack() {
        Properties endpoints = Platform.endpoints();
        return new RowCounts(endpoints.getProperty("PG_HOST", "127.0.0.1"), endpoints.getProperty("PG_PORT", "5432"));
    }

    /**
     * {@code database.schema.table} → rows, for every table but Flyway's history. One connection per database, kept
     * open between counts (and opened again if it breaks): a new PostgreSQL backend per count cost more than the count.
     */
    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : DATABASES) {
            try {
                count(database, counts);
            } catch (SQLException first) {
                forget(database);
                try {
                    count(database, counts);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot count the rows of " + database, e);
                }
            }
        }
        return counts;
    }

    private void count(String database, Map<String, Long> counts) throws SQLException {
        Connection c = connections.get(database);
        if (c == null) {
            c = DriverManager.getConnection(
                    "jdbc:postgresql://" + host + ":" + port + "/" + database, database, database);
            connections.put(database, c);
        }
        try (Statement statement = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                            + " where table_type = 'BASE TABLE' and table_schema in ('public', 'catalog')"
                            + " and table_name <> 'flyway_schema_history' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return;
            }
            StringBuilder sql = new StringBuilder();
            for (String table : tables) {
                sql.append(sql.isEmpty() ? "" : " union all ")
                        .append("select '")
                        .append(table)
                        .append("', count(*) from ")
                        .append(table)
                        .append(table.equals("public.outbox_event") ? " where occurred_at > '" + since + "'" : "");
            }
            try (ResultSet rows = statement.executeQuery(sql.toString())) {
                while (rows.next()) {
                    counts.put(database + "." + rows.getString(1), rows.getLong(2));
                }
            }
        }
    }

    private void forget(String database) {
        Connection broken = connections.remove(database);
        if (broken != null) {
            try {
                broken.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }

    /** Closes the connections. */
    void close() {
        List.copyOf(connections.keySet()).forEach(this::forget);
    }

    /** The counts once they stop moving (events of earlier requests are still being consumed). */
    Map<String, Long> settled(Duration quiet, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Map<String, Long> last = now();
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(250));
            Map<String, Long> current = now();
            if (!current.equals(last)) {
                last = current;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince >= quiet.toNanos()) {
                return current;
            }
        }
        throw new AssertionError("row counts kept changing for " + atMost + ": " + last);
    }

    /** The tables whose counts differ, with before → after. */
    static Map<String, String> differences(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> differences = new TreeMap<>();
        after.forEach((table, rows) -> {
            Long was = before.getOrDefault(table, 0L);
            if (!was.equals(rows)) {
                differences.put(table, was + " -> " + rows);
            }
        });
        return differences;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
