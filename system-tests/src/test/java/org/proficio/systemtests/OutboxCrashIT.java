package org.proficio.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.LocalPostgres;
import org.proficio.devstack.PostgresDatabase;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/**
 * A service killed with {@code kill -9} after its database commit and before its Kafka publish loses no event: the
 * packaged competency-service runs with its relay switched off (the crash window held open), a framework is
 * published, the process is killed, and a restarted process relays the committed event exactly once.
 */
class OutboxCrashIT {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(3);

    static final TopicReader kafka = new TopicReader(Platform.KAFKA);

    static LocalPostgres postgres;
    static PostgresDatabase database;

    @BeforeAll
    static void database() {
        postgres = LocalPostgres.obtain();
        database = postgres.createTestDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            postgres.dropDatabase(database.name());
        }
    }

    @Test
    void eventCommittedBeforeAKillIsPublishedOnceAfterRestart() throws Exception {
        String admin = Platform.userToken("admin");
        Process crashing = startCompetencyService(false);
        String frameworkId;
        try {
            frameworkId = createAndPublish(crashing, admin);
            assertThat(pendingOutboxRows(frameworkId)).isEqualTo(1);
            Thread.sleep(QUIET.toMillis()); // time a running relay would have needed many times over
            assertThat(kafka.readAll(Topics.COMPETENCY))
                    .noneMatch(r -> frameworkId.equals(r.headers().get("ce_subject")));
        } finally {
            crashing.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
        }

        Process restarted = startCompetencyService(true);
        try {
            kafka.awaitRecords(
                    Topics.COMPETENCY, r -> frameworkId.equals(r.headers().get("ce_subject")), READY);
            await().atMost(READY).until(() -> pendingOutboxRows(frameworkId) == 0);
            Thread.sleep(QUIET.toMillis()); // room for a duplicate to show up, were there one
            List<TopicRecord> published = kafka.readAll(Topics.COMPETENCY).stream()
                    .filter(r -> frameworkId.equals(r.headers().get("ce_subject")))
                    .toList();
            assertThat(published).hasSize(1);
            assertThat(published.get(0).headers()).containsEntry("ce_type", EventTypes.FRAMEWORK_PUBLISHED);
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    private String createAndPublish(Process service, String token) {
        String base = baseUrl(service);
        String id = given().baseUri(base)
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Crash test " + UUID.randomUUID(),
                        "competencies",
                        List.of(Map.of("code", "C.1", "statement", "Survives a crash."))))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(base)
                .auth()
                .oauth2(token)
                .post("/api/v1/frameworks/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    private static int pendingOutboxRows(String frameworkId) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var statement = c.prepareStatement(
                        "select count(*) from outbox_event where subject = ? and published_at is null")) {
            statement.setString(1, frameworkId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static final Map<Process, Integer> PORTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Process, Integer> MANAGEMENT_PORTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String baseUrl(Process service) {
        return "http://localhost:" + PORTS.get(service);
    }

    private static Process startCompetencyService(boolean relayEnabled) throws IOException {
        Path jar = Platform.REPO.resolve("competency-service/target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createTempFile("competency-crash-", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", Platform.KAFKA);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", Platform.KEYCLOAK + "/realms/proficio");
        env.put("PROFICIO_OUTBOX_RELAY_ENABLED", String.valueOf(relayEnabled));
        Process process = builder.start();
        PORTS.put(process, port);
        MANAGEMENT_PORTS.put(process, managementPort);
        await().atMost(READY)
                .pollInterval(Duration.ofMillis(500))
                .failFast("competency-service died, see " + log, () -> !process.isAlive())
                .ignoreExceptions()
                .until(() -> given().baseUri("http://localhost:" + MANAGEMENT_PORTS.get(process))
                                .get("/q/health/ready")
                                .statusCode()
                        == 200);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
