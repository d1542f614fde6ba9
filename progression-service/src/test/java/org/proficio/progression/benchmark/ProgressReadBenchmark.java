package org.proficio.progression.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.progression.Fixtures;

/**
 * Progress reads at 32 connections, straight to the service (issue 10: a learner's progress summary and one course's
 * progress of 50 competencies; throughput at least 25% of the same service's bare {@code /q/health/live} in the same
 * run, p99 ≤ 20 ms). A learner enrolled in a course of 50 competencies has evidence on each; 32 client threads
 * (plain JDK HTTP/1.1 client, one connection each) read in a closed loop for {@code benchmark.seconds} (default 15)
 * after a warm-up of 5 s, first the health check, then the summary, then the course; then the summary and the course
 * again with each connection paced so that all of them together ask a quarter of the health check's rate (the goal's
 * throughput), latencies counted from when each request was due. The client runs in the service's JVM and shares its
 * cores, for the baseline as for the reads. Not run by default: {@code ./mvnw -pl
 * progression-service verify -Dbenchmark -Dtest=ProgressReadBenchmark}; prints a table and writes {@code
 * target/benchmark-progress-reads.txt}; asserts only that every answer was a 200.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProgressReadBenchmark {

    private static final String DISTRICT = "reads";
    private static final int CONNECTIONS = 32;
    private static final int COMPETENCIES = 50;
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);

    @TestHTTPResource("/")
    URI server;

    @TestHTTPResource(value = "/health/live", management = true)
    URI health;

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void progressReadsBesideTheHealthCheck() throws Exception {
        UUID framework = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        Map<UUID, String> codes = new LinkedHashMap<>();
        for (int c = 1; c <= COMPETENCIES; c++) {
            codes.put(UUID.randomUUID(), "READ." + c);
        }
        Fixtures.publishFramework(
                DISTRICT,
                framework,
                codes,
                List.of(Fixtures.course(course, "READ-" + course, "Reading", List.copyOf(codes.keySet()))));
        CatalogTables.awaitFramework(framework.toString());
        String learner = "s-" + UUID.randomUUID();
        Fixtures.enrolled(learner, "Reader", "courses/" + course);
        String[] levels = {"beginning", "developing", "proficient", "advanced"};
        int i = 0;
        for (UUID competency : codes.keySet()) {
            Fixtures.score(DISTRICT, learner, competency, framework, levels[i++ % levels.length]);
        }
        await().atMost(Duration.ofMinutes(1))
                .until(() -> CatalogTables.count(
                                "select count(*) from mastery where district = ? and learner_id = ?", DISTRICT, learner)
                        == COMPETENCIES);

        List<String> rows = new ArrayList<>();
        Result baseline = load("GET /q/health/live (management port)", health);
        rows.add(baseline.row(baseline));
        URI summary = server.resolve("/api/v1/learners/" + learner + "/progress/summary");
        URI courseProgress = server.resolve("/api/v1/learners/" + learner + "/progress/courses/" + course);
        for (Result read : List.of(
                load("GET .../progress/summary", summary),
                load("GET .../progress/courses/{courseId} (50 competencies)", courseProgress))) {
            rows.add(read.row(baseline));
        }
        // The goal's two figures together: the same 32 connections, paced to a quarter of the health check's rate.
        double goalRate = baseline.perSecond() / 4;
        List<String> paced = new ArrayList<>();
        for (Result read : List.of(
                load("GET .../progress/summary", summary, goalRate),
                load("GET .../progress/courses/{courseId} (50 competencies)", courseProgress, goalRate))) {
            paced.add(read.row(baseline));
        }
        String table = String.format(
                "%d connections, %d s each after a 5 s warm-up, %d cores%n"
                        + "| request | requests/s | ratio to health | p50 | p99 | max |%n|---|---|---|---|---|---|%n%s"
                        + "%nThe same connections, each sending at a fixed pace: %,.0f requests/s in all (25%% of"
                        + " health), latency from the moment each request was due%n"
                        + "| request | requests/s | ratio to health | p50 | p99 | max |%n|---|---|---|---|---|---|%n%s",
                CONNECTIONS,
                SECONDS,
                Runtime.getRuntime().availableProcessors(),
                String.join("", rows),
                goalRate,
                String.join("", paced));
        System.out.println(table);
        Files.writeString(Path.of("target/benchmark-progress-reads.txt"), table, StandardCharsets.UTF_8);
    }

    /** 32 threads reading {@code uri} in a closed loop: a warm-up, then the measured run. */
    private Result load(String name, URI uri) throws InterruptedException {
        return load(name, uri, 0);
    }

    /**
     * 32 threads reading {@code uri}, a warm-up then the measured run: in a closed loop when {@code rate} is 0, else
     * each thread sending at a fixed pace, {@code rate} requests per second in all, and each latency counted from the
     * moment its request was due (a late answer delays the next request: no omission).
     */
    private Result load(String name, URI uri, double rate) throws InterruptedException {
        long interval = rate == 0 ? 0 : (long) (CONNECTIONS * 1e9 / rate);
        run(uri, Duration.ofSeconds(5), null, interval);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        run(uri, Duration.ofSeconds(SECONDS), micros, interval);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return new Result(name, sorted.size() / seconds, sorted);
    }

    private void run(URI uri, Duration length, List<Long> micros, long interval) throws InterruptedException {
        long start = System.nanoTime();
        long until = start + length.toNanos();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            // one client per thread: one keep-alive connection each
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
            long offset = interval * t / CONNECTIONS;
            Thread thread = new Thread(() -> {
                long due = start + offset;
                while (System.nanoTime() < until) {
                    if (interval > 0) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    long sent = interval > 0 ? due : System.nanoTime();
                    due += interval;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (micros != null) {
                        micros.add((System.nanoTime() - sent) / 1_000);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures.get()).as("answers other than 200 from " + uri).isZero();
    }

    private record Result(String name, double perSecond, List<Long> sortedMicros) {

        String row(Result baseline) {
            return String.format(
                    "| %s | %,.0f | %.0f%% | %.1f ms | %.1f ms | %.1f ms |%n",
                    name,
                    perSecond,
                    100 * perSecond / baseline.perSecond,
                    percentile(50) / 1000.0,
                    percentile(99) / 1000.0,
                    sortedMicros.get(sortedMicros.size() - 1) / 1000.0);
        }

        private long percentile(int p) {
            return sortedMicros.get(Math.min(sortedMicros.size() - 1, sortedMicros.size() * p / 100));
        }
    }
}
