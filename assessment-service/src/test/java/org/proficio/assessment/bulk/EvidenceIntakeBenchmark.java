package org.proficio.assessment.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * Evidence intake rates through HTTP on this machine, each beside a bare pgbench single-row insert rate into the same
 * PostgreSQL, measured in the same run: bulk POST /api/v1/evidence/bulk (items/s), single POST /api/v1/evidence
 * (requests/s, sequential and with concurrent clients), and how fast the outbox relay publishes the events; in a test
 * of its own, xAPI arrays through POST /xapi/statements (statements/s). Not run by default: {@code ./mvnw -pl
 * assessment-service verify -Dbenchmark -Dtest=EvidenceIntakeBenchmark} (the {@code benchmark} profile of the module's
 * pom). Prints tables and writes them to {@code target/benchmark-*-intake.txt}; it asserts only that every item was
 * accepted, never a time.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EvidenceIntakeBenchmark {

    private static final String DISTRICT = "demo";
    private static final int ITEMS = BulkRequests.MAX_ITEMS;
    private static final int BULK_WARM_UP = 2;
    private static final int BULK_RUNS = Integer.getInteger("benchmark.bulk-runs", 10);
    private static final int BULK_ASSESSMENT_RUNS = Integer.getInteger("benchmark.bulk-assessment-runs", 2);
    private static final int XAPI_RUNS = Integer.getInteger("benchmark.xapi-runs", 3);
    private static final int SINGLE_WARM_UP = 200;
    private static final int SINGLE_SEQUENTIAL = Integer.getInteger("benchmark.single", 1000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final int SINGLE_PER_CLIENT = Integer.getInteger("benchmark.single-per-client", 250);
    private static final int PGBENCH_SECONDS = Integer.getInteger("benchmark.pgbench-seconds", 10);
    private static final String PGBENCH = System.getProperty("benchmark.pgbench", "/usr/bin/pgbench");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A scratch table shaped like {@code evidence}, for pgbench's bare inserts. */
    private static final String SCRATCH_TABLE = """
            create table if not exists pgbench_evidence (
                id uuid primary key, district text not null, learner_id text not null, framework_id uuid not null,
                competency_id uuid not null, assessment_title text not null, assessment_kind text not null,
                modality text not null, source_id text, observed_at timestamptz not null,
                submitted_at timestamptz not null, submitted_by text not null, artifact_url text,
                artifact_media_type text)""";

    private static final String PGBENCH_SCRIPT = """
            \\set n random(1, 1000000000)
            insert into pgbench_evidence (id, district, learner_id, framework_id, competency_id, assessment_title, \
            assessment_kind, modality, source_id, observed_at, submitted_at, submitted_by, artifact_url, \
            artifact_media_type) values (gen_random_uuid(), 'demo', 's-' || :client_id, gen_random_uuid(), \
            gen_random_uuid(), 'Exit ticket', 'FORMATIVE', 'PERFORMANCE_TASK', 'lms-' || :n, \
            now(), now(), 'demo-lms', 'https://lms.example.org/submissions/1', 'application/pdf');
            """;

    /** Plain JDK client, as in the CASE benchmark: REST Assured's own overhead would be part of the timings. */
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI server;

    private String competency;
    private String otherCompetency;

    private static Map<String, Object> item(String learnerId, String competencyId, String sourceId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("learnerId", learnerId);
        item.put("competencyId", competencyId);
        item.put("assessment", Map.of("title", "Exit ticket", "kind", "FORMATIVE", "modality", "PERFORMANCE_TASK"));
        item.put("level", "developing");
        item.put("sourceId", sourceId);
        item.put("observedAt", "2026-11-20T10:15:00Z");
        item.put(
                "artifact",
                Map.of("url", "https://lms.example.org/submissions/" + sourceId, "mediaType", "application/pdf"));
        return item;
    }

    private String bulkBody(String run, UUID assessmentId) {
        List<Map<String, Object>> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            Map<String, Object> item =
                    item("s-bench-" + (i % 200), i % 2 == 0 ? competency : otherCompetency, run + "-" + i);
            if (assessmentId != null) {
                item.remove("assessment");
                item.remove("competencyId");
                item.put("assessmentId", assessmentId.toString());
            }
            items.add(item);
        }
        return json(Map.of("items", items));
    }

    private HttpResponse<String> post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long bulk(String body) {
        return timedIntake("/api/v1/evidence/bulk", body, "/accepted");
    }

    /**
     * POSTs a request of {@link #ITEMS} items and returns how long it took (µs); fails unless the answer is 200 and
     * counts every item accepted at {@code acceptedAt} (a JSON pointer).
     */
    private long timedIntake(String path, String body, String acceptedAt) {
        long started = System.nanoTime();
        HttpResponse<String> response = post(path, body);
        long micros = (System.nanoTime() - started) / 1_000;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response.body()).at(acceptedAt).asInt())
                .as(response.body().substring(0, Math.min(2000, response.body().length())))
                .isEqualTo(ITEMS);
        return micros;
    }

    private long single(String learner, String sourceId) {
        String body = json(item(learner, competency, sourceId));
        long started = System.nanoTime();
        HttpResponse<String> response = post("/api/v1/evidence", body);
        long micros = (System.nanoTime() - started) / 1_000;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return micros;
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void intakeRatesBesidePgbench() throws Exception {
        Map<String, Object> framework = CatalogSnapshots.minimal(3);
        try (CompetencyEvents events = new CompetencyEvents()) {
            events.publishAndAwait(DISTRICT, framework);
        }
        competency = CatalogSnapshots.competencyId(framework, 1);
        otherCompetency = CatalogSnapshots.competencyId(framework, 2);
        execute(SCRATCH_TABLE);
        List<String> report = new ArrayList<>();
        String load = loadAverage();

        // (a) bulk, items described inline
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < BULK_WARM_UP; i++) {
            bulk(bulkBody(run + "-w" + i, null));
        }
        awaitOutboxDrained();
        List<Long> bulkTimes = new ArrayList<>();
        long bulkStarted = System.nanoTime();
        for (int i = 0; i < BULK_RUNS; i++) {
            bulkTimes.add(bulk(bulkBody(run + "-r" + i, null)));
        }
        double bulkSeconds = (System.nanoTime() - bulkStarted) / 1e9;
        long pending = pendingEvents();
        long drainStarted = System.nanoTime();
        awaitOutboxDrained();
        double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
        Pgbench bare1 = pgbench(1);

        // (a') bulk, items naming an assessment (attempt numbers are counted in the database, item by item)
        UUID assessment = defineAssessment();
        List<Long> assessmentTimes = new ArrayList<>();
        long assessmentStarted = System.nanoTime();
        for (int i = 0; i < BULK_ASSESSMENT_RUNS; i++) {
            assessmentTimes.add(bulk(bulkBody(run + "-a" + i, assessment)));
        }
        double assessmentSeconds = (System.nanoTime() - assessmentStarted) / 1e9;
        awaitOutboxDrained();

        // (b) single POSTs, sequential and with concurrent clients
        for (int i = 0; i < SINGLE_WARM_UP; i++) {
            single("s-bench-single-" + (i % 50), run + "-sw" + i);
        }
        awaitOutboxDrained();
        List<Long> singleTimes = new ArrayList<>();
        long singleStarted = System.nanoTime();
        for (int i = 0; i < SINGLE_SEQUENTIAL; i++) {
            singleTimes.add(single("s-bench-single-" + (i % 50), run + "-s" + i));
        }
        double singleSeconds = (System.nanoTime() - singleStarted) / 1e9;
        awaitOutboxDrained();
        Pgbench bareSequential = pgbench(1);

        List<Long> concurrentTimes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long concurrentStarted = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = 0; i < SINGLE_PER_CLIENT; i++) {
                        concurrentTimes.add(
                                single("s-bench-c" + client + "-" + (i % 20), run + "-c" + client + "-" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            clients.shutdown();
        }
        double concurrentSeconds = (System.nanoTime() - concurrentStarted) / 1e9;
        awaitOutboxDrained();
        Pgbench bareConcurrent = pgbench(CLIENTS);

        long stored = TestDatabase.count("select count(*) from evidence where source_id like ?", run + "-%");
        assertThat(stored)
                .isEqualTo((long) (BULK_WARM_UP + BULK_RUNS + BULK_ASSESSMENT_RUNS) * ITEMS
                        + SINGLE_WARM_UP
                        + SINGLE_SEQUENTIAL
                        + (long) CLIENTS * SINGLE_PER_CLIENT);

        report.add(String.format(
                "Evidence intake benchmark, %s: %d cores, %s RAM, JDK %s, PostgreSQL %s; load average %s at start,"
                        + " %s at end",
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                memory(),
                System.getProperty("java.version"),
                serverVersion(),
                load,
                loadAverage()));
        report.add("Each evidence item writes 5 rows (evidence, alignment, score, 2 outbox events) and updates 1.");
        report.add("");
        report.add(String.format("%-58s %14s %10s %10s", "measured", "rate", "median", "p95"));
        report.add(String.format(
                "%-58s %10.0f it/s %7.0f ms %7.0f ms",
                "bulk, " + BULK_RUNS + " x " + ITEMS + " items inline, sequential",
                BULK_RUNS * ITEMS / bulkSeconds,
                median(bulkTimes) / 1000.0,
                p95(bulkTimes) / 1000.0));
        if (BULK_ASSESSMENT_RUNS > 0) {
            report.add(String.format(
                    "%-58s %10.0f it/s %7.0f ms %7.0f ms",
                    "bulk, " + BULK_ASSESSMENT_RUNS + " x " + ITEMS + " items naming an assessment",
                    BULK_ASSESSMENT_RUNS * ITEMS / assessmentSeconds,
                    median(assessmentTimes) / 1000.0,
                    p95(assessmentTimes) / 1000.0));
        }
        report.add(String.format(
                "%-58s %10.0f tx/s %10s %10s", "  beside: pgbench single-row insert, 1 client", bare1.tps(), "", ""));
        report.add(String.format(
                "%-58s %10.0f req/s %6.1f ms %7.1f ms",
                "single POST, " + SINGLE_SEQUENTIAL + " sequential",
                SINGLE_SEQUENTIAL / singleSeconds,
                median(singleTimes) / 1000.0,
                p95(singleTimes) / 1000.0));
        report.add(String.format(
                "%-58s %10.0f tx/s %6.2f ms %10s",
                "  beside: pgbench single-row insert, 1 client",
                bareSequential.tps(),
                bareSequential.latencyMillis(),
                ""));
        report.add(String.format(
                "%-58s %10.0f req/s %6.1f ms %7.1f ms",
                "single POST, " + CLIENTS + " clients x " + SINGLE_PER_CLIENT,
                CLIENTS * SINGLE_PER_CLIENT / concurrentSeconds,
                median(concurrentTimes) / 1000.0,
                p95(concurrentTimes) / 1000.0));
        report.add(String.format(
                "%-58s %10.0f tx/s %6.2f ms %10s",
                "  beside: pgbench single-row insert, " + CLIENTS + " clients",
                bareConcurrent.tps(),
                bareConcurrent.latencyMillis(),
                ""));
        report.add(String.format(
                "%-58s %10.0f ev/s %10s %10s",
                "outbox relay to Kafka, " + pending + " events pending after the bulk runs",
                pending / drainSeconds,
                "",
                ""));
        report.add("");
        report.add("pgbench: " + bare1.command());
        report.add("script:  " + PGBENCH_SCRIPT.strip());

        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.println(System.lineSeparator() + text);
        Files.writeString(Path.of("target", "benchmark-evidence-intake.txt"), text, StandardCharsets.UTF_8);
    }

    /**
     * xAPI arrays of 1,000 statements, each about an assessment's activity (a learner by account name, a scaled score),
     * through POST /xapi/statements: statements/s. Printed and written to {@code target/benchmark-xapi-intake.txt}.
     */
    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void xapiStatementRate() throws Exception {
        Map<String, Object> framework = CatalogSnapshots.minimal(3);
        try (CompetencyEvents events = new CompetencyEvents()) {
            events.publishAndAwait(DISTRICT, framework);
        }
        competency = CatalogSnapshots.competencyId(framework, 1);
        String activity = "https://lms.example.org/xapi/activities/bench-" + UUID.randomUUID();
        defineAssessment(activity);
        String load = loadAverage();

        xapi(statements(activity));
        awaitOutboxDrained();
        List<Long> times = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < XAPI_RUNS; i++) {
            times.add(xapi(statements(activity)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        awaitOutboxDrained();

        String text = String.format(
                "xAPI intake benchmark, %s: %d cores, JDK %s, PostgreSQL %s; load average %s at start, %s at end%n"
                        + "%-58s %10.0f st/s %6.0f ms %7.0f ms (median, p95 per request)%n",
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                serverVersion(),
                load,
                loadAverage(),
                "xAPI, " + XAPI_RUNS + " x " + ITEMS + " statements naming an assessment",
                XAPI_RUNS * ITEMS / seconds,
                median(times) / 1000.0,
                p95(times) / 1000.0);
        System.out.println(System.lineSeparator() + text);
        Files.writeString(Path.of("target", "benchmark-xapi-intake.txt"), text, StandardCharsets.UTF_8);
    }

    private static String statements(String activity) {
        List<Map<String, Object>> statements = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            statements.add(Map.of(
                    "id", UUID.randomUUID().toString(),
                    "actor",
                            Map.of(
                                    "account",
                                    Map.of("homePage", "https://lms.example.org", "name", "s-bench-x-" + (i % 200))),
                    "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/completed"),
                    "object", Map.of("id", activity),
                    "result", Map.of("score", Map.of("scaled", 0.6)),
                    "timestamp", "2026-11-20T10:15:00Z"));
        }
        return json(statements);
    }

    private long xapi(String body) {
        return timedIntake("/xapi/statements", body, "/counts/accepted");
    }

    private UUID defineAssessment() {
        return defineAssessment(null);
    }

    private UUID defineAssessment(String activityId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (activityId != null) {
            body.put("activityId", activityId);
        }
        body.put("title", "Benchmark exit ticket");
        body.put("kind", "FORMATIVE");
        body.put("modality", "PERFORMANCE_TASK");
        body.put("competencyIds", List.of(competency));
        HttpResponse<String> response = post("/api/v1/assessments", json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(read(response.body()).get("id").asText());
    }

    private static long pendingEvents() {
        return TestDatabase.count("select count(*) from outbox_event where published_at is null");
    }

    /** Lets the relay publish what is pending, so that it does not compete with the next measurement. */
    private static void awaitOutboxDrained() {
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> pendingEvents() == 0);
    }

    /** What pgbench reported for one run. */
    record Pgbench(String command, double tps, double latencyMillis) {}

    /** Bare single-row inserts into the scratch table, one transaction each, on the service's own database. */
    private static Pgbench pgbench(int clients) throws IOException, InterruptedException {
        Config config = ConfigProvider.getConfig();
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)")
                .matcher(config.getValue("quarkus.datasource.jdbc.url", String.class));
        assertThat(url.matches()).isTrue();
        Path script = Files.createTempFile("pgbench-evidence", ".sql");
        Files.writeString(script, PGBENCH_SCRIPT);
        List<String> command = List.of(
                PGBENCH,
                "-n",
                "-h",
                url.group(1),
                "-p",
                url.group(2),
                "-U",
                config.getValue("quarkus.datasource.username", String.class),
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                "-T",
                Integer.toString(PGBENCH_SECONDS),
                "-f",
                script.toString(),
                url.group(3));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", config.getValue("quarkus.datasource.password", String.class));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        Files.delete(script);
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)")
                .matcher(output);
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
        assertThat(tps.find()).as(output).isTrue();
        assertThat(latency.find()).as(output).isTrue();
        String shown = String.join(" ", command).replace(script.toString(), "insert.sql");
        return new Pgbench(shown, Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }

    private static void execute(String sql) {
        Config config = ConfigProvider.getConfig();
        Properties credentials = new Properties();
        credentials.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        credentials.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        try (Connection connection = new Driver()
                        .connect(config.getValue("quarkus.datasource.jdbc.url", String.class), credentials);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("failed: " + sql, e);
        }
    }

    private static String serverVersion() {
        return String.valueOf(TestDatabase.rows("show server_version").get(0).get("server_version"));
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long p95(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
