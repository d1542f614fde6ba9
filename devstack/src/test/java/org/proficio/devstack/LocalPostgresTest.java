package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the server on 127.0.0.1:5432; skipped on machines without one (EmbeddedPostgresTest covers those). */
class LocalPostgresTest {

    private static LocalPostgres postgres;

    @BeforeAll
    static void requireLocalServer() {
        assumeTrue(
                LocalPostgres.probe(LocalMachine.LOOPBACK, LocalPostgres.DEFAULT_PORT)
                        .isPresent(),
                "no PostgreSQL accepting a passwordless admin login on 127.0.0.1:5432");
        postgres = LocalPostgres.obtain(Map.of(), null, 0);
    }

    @Test
    void findsTheServerOnTheDefaultPortBeforeStartingAnything() {
        assertThat(postgres.source()).isEqualTo(LocalPostgres.Source.LOCAL_SERVER);
        assertThat(postgres.endpoint())
                .returns(LocalMachine.LOOPBACK, PostgresEndpoint::host)
                .returns(LocalPostgres.DEFAULT_PORT, PostgresEndpoint::port)
                .returns(false, PostgresEndpoint::embedded);
    }

    @Test
    void environmentVariablesNameTheServerToUse() {
        LocalPostgres named = LocalPostgres.obtain(
                Map.of(
                        LocalPostgres.HOST_ENV, LocalMachine.LOOPBACK,
                        LocalPostgres.PORT_ENV, Integer.toString(LocalPostgres.DEFAULT_PORT),
                        LocalPostgres.USER_ENV, postgres.endpoint().adminUser()),
                null,
                0);

        assertThat(named.source()).isEqualTo(LocalPostgres.Source.ENVIRONMENT);
    }

    @Test
    void anUnreachableServerNamedByTheEnvironmentIsAnErrorNotAFallback() {
        Map<String, String> environment = Map.of(
                LocalPostgres.HOST_ENV,
                LocalMachine.LOOPBACK,
                LocalPostgres.PORT_ENV,
                Integer.toString(LocalMachine.freePort()));

        assertThatThrownBy(() -> LocalPostgres.obtain(environment, null, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(LocalPostgres.HOST_ENV);
    }

    @Test
    void createsRoleAndDatabaseIdempotentlyAndDropsThem() throws SQLException {
        String name = "proficio_devstack_selftest";
        postgres.dropDatabase(name);

        PostgresDatabase database = postgres.ensureDatabase(name);
        postgres.ensureDatabase(name);

        assertThat(database.user()).isEqualTo(name);
        assertThat(database.password()).isEqualTo(name);
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE owned_by_the_role (id int)");
        }

        postgres.dropDatabase(name);

        assertThat(databaseExists(name)).isFalse();
        assertThat(roleExists(name)).isFalse();
    }

    @Test
    void testDatabasesAreFreshAndDroppedEvenWithOpenSessions() throws SQLException {
        PostgresDatabase first = postgres.createTestDatabase();
        PostgresDatabase second = postgres.createTestDatabase();
        try {
            assertThat(first.name())
                    .startsWith(LocalPostgres.TEST_DATABASE_PREFIX)
                    .isNotEqualTo(second.name());
            try (Connection open = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password())) {
                postgres.dropDatabase(first.name());
                assertThat(databaseExists(first.name())).isFalse();
            }
        } finally {
            postgres.dropDatabase(first.name());
            postgres.dropDatabase(second.name());
        }
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> postgres.ensureDatabase("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> postgres.dropDatabase("template1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsTheInstalledClusterThroughPgCtlclusterAndFindsIt() {
        // Harmless here: the cluster serving 127.0.0.1:5432 is already running, so pg_ctlcluster answers
        // "already running" (exit 2), which must count as success.
        assumeTrue(!LocalPostgres.installedClusterVersions().isEmpty(), "no /etc/postgresql/<version>/main");

        assertThat(LocalPostgres.startInstalledCluster())
                .hasValueSatisfying(endpoint -> assertThat(endpoint.port()).isEqualTo(LocalPostgres.DEFAULT_PORT));
    }

    @Test
    void readsTheInstalledClusterPortFromItsConfiguration(@TempDir Path clusterConfig) throws Exception {
        assertThat(LocalPostgres.clusterPort(clusterConfig)).isEqualTo(LocalPostgres.DEFAULT_PORT);

        Files.writeString(
                clusterConfig.resolve("postgresql.conf"),
                "#port = 1111\nport = 5433\t\t# (change requires restart)\nport=5434\n");

        assertThat(LocalPostgres.clusterPort(clusterConfig)).isEqualTo(5434);
    }

    private static boolean databaseExists(String name) throws SQLException {
        return exists("SELECT 1 FROM pg_database WHERE datname = ?", name);
    }

    private static boolean roleExists(String name) throws SQLException {
        return exists("SELECT 1 FROM pg_roles WHERE rolname = ?", name);
    }

    private static boolean exists(String query, String name) throws SQLException {
        try (Connection connection = postgres.adminConnection("postgres");
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
