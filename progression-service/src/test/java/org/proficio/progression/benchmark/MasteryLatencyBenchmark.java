package org.proficio.progression.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * From scored evidence to a mastery decision, at a steady rate (issue 10: 200 scored evidence per second, goal p99
 * of 250 ms), with real Kafka and PostgreSQL: each EvidenceScored is timed from the moment it is sent to (1) a plain
 * Kafka consumer receiving it (the transport's own floor, measured in the same run), (2) progression's decision
 * ({@code decided_at}, stamped in the deciding transaction just before it commits), and (3) the resulting
 * MasteryChanged arriving on progression's topic (the outbox relay publishing on commit). Every piece is a new
 * learner × competency, so each gives a status change. Not run by default: {@code ./mvnw -pl progression-service
 * verify -Dbenchmark -Dtest=MasteryLatencyBenchmark}; prints a table and writes {@code
 * target/benchmark-mastery-latency.txt}; asserts only that every piece was decided.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MasteryLatencyBenchmark {

    private static final String DISTRICT = "bench";
    private static final int RATE = Integer.getInteger("benchmark.rate", 200);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 4000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID framework = UUID.randomUUID();
    private final Map<UUID, Instant> sent = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> transported = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> announced = new ConcurrentHashMap<>();
    private volatile String lastLearner;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Test
    void evidenceToDecisionAtASteadyRate() throws Exception {
        // The warm-up also creates progression's topic, so that the listeners below find both topics.
        Map<UUID, UUID> warmUp = new ConcurrentHashMap<>();
        send(WARM_UP, RATE, warmUp);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(decided(warmUp.keySet())).hasSize(warmUp.size()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestEvents.recordsWithKey(Topics.PROGRESSION, lastLearner)
                        .isEmpty());

        AtomicBoolean listening = new AtomicBoolean(true);
        Thread transport =
                listen(Topics.ASSESSMENT, listening, record -> transported.put(eventId(record), Instant.now()));
        Thread changes = listen(Topics.PROGRESSION, listening, record -> {
            if (EventTypes.MASTERY_CHANGED.equals(header(record, "ce_type"))) {
                announced.put(UUID.fromString(data(record).get("evidenceId").asText()), Instant.now());
            }
        });

        Map<UUID, UUID> measured = new ConcurrentHashMap<>(); // evidence id → event id
        System.out.println("Mastery latency: warmed up, measuring");
        Recording recording = null;
        if (System.getProperty("benchmark.jfr") != null) { // a flight recording of the measured part only
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setDestination(Path.of(System.getProperty("benchmark.jfr")));
            recording.start();
        }
        long started = System.nanoTime();
        send(RATE * SECONDS, RATE, measured);
        double sendSeconds = (System.nanoTime() - started) / 1e9;

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(decided(measured.keySet())).hasSize(measured.size()));
        await().atMost(Duration.ofSeconds(30)).until(() -> announced.keySet().containsAll(measured.keySet()));
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        listening.set(false);
        transport.join();
        changes.join();

        Map<UUID, OffsetDateTime> decisions = decided(measured.keySet());
        List<Long> transportMs = new ArrayList<>();
        List<Long> decisionMs = new ArrayList<>();
        List<Long> announcedMs = new ArrayList<>();
        measured.forEach((evidence, event) -> {
            Instant at = sent.get(evidence);
            transportMs.add(Duration.between(at, transported.get(event)).toMillis());
            decisionMs.add(
                    Duration.between(at, decisions.get(evidence).toInstant()).toMillis());
            announcedMs.add(Duration.between(at, announced.get(evidence)).toMillis());
        });
        String table = String.format(
                "Mastery latency, %d scored evidence at %d/s (sent in %.1f s) on %d partitions, %s%n"
                        + "| from sending EvidenceScored to | p50 | p90 | p99 | max |%n|---|---|---|---|---|%n"
                        + "%s%s%s",
                measured.size(),
                RATE,
                sendSeconds,
                TestEvents.partitions(Topics.ASSESSMENT),
                Instant.now(),
                row("a plain Kafka consumer receives it (transport floor)", transportMs),
                row("progression's decision (decided_at)", decisionMs),
                row("its MasteryChanged is on Kafka", announcedMs));
        System.out.println(table);
        var stats = sessionFactory.getStatistics();
        if (stats.isStatisticsEnabled()) { // -Dquarkus.hibernate-orm.statistics=true
            System.out.printf(
                    "Hibernate query plan cache: %d hits, %d misses%n",
                    stats.getQueryPlanCacheHitCount(), stats.getQueryPlanCacheMissCount());
        }
        Files.writeString(Path.of("target/benchmark-mastery-latency.txt"), table, StandardCharsets.UTF_8);
    }

    /**
     * Sends {@code count} EvidenceScored, each for a new learner × competency, at {@code rate} per second. The events
     * are built (and checked against their schema) before the clock starts, sent without waiting for each
     * acknowledgement, and the sender sleeps between sends: it must not take the CPU the path it measures needs.
     */
    private void send(int count, int rate, Map<UUID, UUID> ids) throws Exception {
        List<Outgoing> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String learner = "b-" + UUID.randomUUID();
            UUID evidence = UUID.randomUUID();
            UUID event = UUID.randomUUID();
            Map<String, Object> data = Fixtures.scored(
                    evidence, learner, UUID.randomUUID(), framework, i % 3 == 0 ? "beginning" : "proficient");
            String json = TestEvents.json(data);
            EventSchemas.assertValid(EventTypes.EVIDENCE_SCORED, json);
            events.add(new Outgoing(
                    evidence,
                    event,
                    learner,
                    TestEvents.record(
                            Topics.ASSESSMENT,
                            learner,
                            json,
                            TestEvents.headers(event, EventTypes.EVIDENCE_SCORED, DISTRICT, learner))));
        }
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        List<Future<RecordMetadata>> acks = new ArrayList<>(count);
        for (Outgoing outgoing : events) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            next += interval;
            lastLearner = outgoing.learner();
            sent.put(outgoing.evidence(), Instant.now());
            acks.add(TestEvents.sendWithoutWaiting(outgoing.record()));
            ids.put(outgoing.evidence(), outgoing.event());
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    private record Outgoing(UUID evidence, UUID event, String learner, ProducerRecord<String, String> record) {}

    private static Map<UUID, OffsetDateTime> decided(Collection<UUID> evidence) {
        Map<UUID, OffsetDateTime> at = new ConcurrentHashMap<>();
        for (Map<String, Object> row : CatalogTables.rows(
                "select evidence_id, decided_at from mastery_decision where district = ?", DISTRICT)) {
            UUID id = (UUID) row.get("evidence_id");
            if (evidence.contains(id)) {
                at.put(id, ((Timestamp) row.get("decided_at")).toInstant().atOffset(ZoneOffset.UTC));
            }
        }
        return at;
    }

    private static String row(String what, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format(
                "| %s | %d ms | %d ms | %d ms | %d ms |%n",
                what,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Reads the topic from its current end until {@code listening} turns false; hands each record on. */
    private static Thread listen(String topic, AtomicBoolean listening, Consumer<ConsumerRecord<String, String>> seen) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Thread thread = new Thread(() -> {
            try (consumer) {
                while (listening.get()) {
                    consumer.poll(Duration.ofMillis(20)).forEach(seen);
                }
            }
        });
        thread.start();
        return thread;
    }

    private static UUID eventId(ConsumerRecord<String, String> record) {
        return UUID.fromString(header(record, "ce_id"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
