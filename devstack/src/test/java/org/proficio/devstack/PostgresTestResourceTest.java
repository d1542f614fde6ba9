package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresTestResourceTest {

    @Test
    void providesAFreshDatabasePerRunAndDropsItAtStop() throws SQLException {
        PostgresTestResource first = new PostgresTestResource();
        PostgresTestResource second = new PostgresTestResource();

        Map<String, String> config = first.start();
        Map<String, String> otherConfig = second.start();
        try {
            assertThat(config)
                    .containsOnlyKeys(
                            "quarkus.datasource.reactive.url",
                            "quarkus.datasource.jdbc.url",
                            "quarkus.datasource.username",
                            "quarkus.datasource.password");
            String jdbcUrl = config.get("quarkus.datasource.jdbc.url");
            assertThat(jdbcUrl).contains("/" + LocalPostgres.TEST_DATABASE_PREFIX);
            assertThat("jdbc:" + config.get("quarkus.datasource.reactive.url")).isEqualTo(jdbcUrl);
            assertThat(otherConfig.get("quarkus.datasource.jdbc.url")).isNotEqualTo(jdbcUrl);

            try (Connection connection = DriverManager.getConnection(
                            jdbcUrl,
                            config.get("quarkus.datasource.username"),
                            config.get("quarkus.datasource.password"));
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE outbox (id bigint)");
            }
        } finally {
            first.stop();
            second.stop();
        }

        String database = config.get("quarkus.datasource.username");
        assertThat(databaseExists(database)).isFalse();
    }

    @Test
    void everyInstanceUsesTheSameServer() {
        assertThat(PostgresTestResource.sharedServer().endpoint())
                .isEqualTo(PostgresTestResource.sharedServer().endpoint());
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (Connection connection = PostgresTestResource.sharedServer().adminConnection("postgres");
                PreparedStatement statement =
                        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
