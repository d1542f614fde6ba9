package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Path (d): the embedded server from the zonky binaries, forced, whatever else the machine offers. */
class EmbeddedPostgresTest {

    @Test
    void startsAnsweringQueriesAndStopsWithoutTrace() throws SQLException {
        Path dataDir;
        int port;
        try (LocalPostgres embedded = LocalPostgres.embedded(null, 0)) {
            assertThat(embedded.source()).isEqualTo(LocalPostgres.Source.EMBEDDED);
            assertThat(embedded.endpoint().embedded()).isTrue();
            port = embedded.endpoint().port();

            try (Connection connection = embedded.adminConnection("postgres");
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT version(), current_setting('data_directory')")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).startsWith("PostgreSQL");
                dataDir = Path.of(result.getString(2)).getParent();
            }

            PostgresDatabase database = embedded.createTestDatabase();
            try (Connection connection =
                            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE evidence (id uuid PRIMARY KEY)");
            }
        }

        assertThat(LocalMachine.isPortFree(port)).isTrue();
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void keepsItsDataAcrossRestartsOnTheSameDirectory() throws SQLException {
        Path dataDir = LocalMachine.traversableTempDirectory("proficio-pg-restart-");
        try {
            try (LocalPostgres first = LocalPostgres.embedded(dataDir, 0)) {
                first.ensureDatabase("proficio_competency");
            }
            try (LocalPostgres second = LocalPostgres.embedded(dataDir, 0);
                    Connection connection = second.adminConnection("proficio_competency")) {
                assertThat(connection.isValid(1)).isTrue();
            }
        } finally {
            LocalMachine.deleteRecursively(dataDir);
        }
    }
}
