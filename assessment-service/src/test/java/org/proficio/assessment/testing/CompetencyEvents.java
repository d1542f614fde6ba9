package org.proficio.assessment.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/**
 * Produces records to {@code proficio.competency.events} the way the competency-service's outbox relay does
 * (CloudEvents binary mode), or deliberately not, with a plain Kafka producer.
 */
public final class CompetencyEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, String> producer;

    public CompetencyEvents() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config);
    }

    /** An event id and the partition its record landed on (send later records there to keep them in order). */
    public record Sent(UUID eventId, int partition) {}

    /** Publishes a FrameworkPublished snapshot with a fresh event id. */
    public Sent frameworkPublished(String district, Map<String, Object> snapshot) {
        return frameworkPublished(UUID.randomUUID(), district, snapshot, null);
    }

    /** Publishes a FrameworkPublished snapshot under the given event id, to the given partition if not null. */
    public Sent frameworkPublished(UUID eventId, String district, Map<String, Object> snapshot, Integer partition) {
        String frameworkId = CatalogSnapshots.frameworkId(snapshot);
        return send(
                partition,
                frameworkId,
                json(snapshot),
                cloudEvent(eventId, EventTypes.FRAMEWORK_PUBLISHED, frameworkId, district));
    }

    /** Publishes the snapshot for the district and waits until the catalog read model holds it. */
    public void publishAndAwait(String district, Map<String, Object> snapshot) {
        frameworkPublished(district, snapshot);
        String frameworkId = CatalogSnapshots.frameworkId(snapshot);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        TestDatabase.count("select count(*) from catalog.framework where id = ?::uuid", frameworkId)
                                == 1);
    }

    /** Sends a record with the given headers (null: none) and value as it is. */
    public Sent send(Integer partition, String key, String value, RecordHeaders headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(
                Topics.COMPETENCY, partition, key, value, headers == null ? new RecordHeaders() : headers);
        try {
            RecordMetadata metadata = producer.send(record).get(20, TimeUnit.SECONDS);
            String id = headers == null || headers.lastHeader("ce_id") == null
                    ? null
                    : new String(headers.lastHeader("ce_id").value(), StandardCharsets.UTF_8);
            return new Sent(id == null ? null : UUID.fromString(id), metadata.partition());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not produce to " + Topics.COMPETENCY, e);
        }
    }

    /** The headers of a CloudEvent in Kafka binary mode, as conventions.md lists them. */
    public static RecordHeaders cloudEvent(UUID id, String type, String subject, String district) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", id.toString());
        header(headers, "ce_source", "/proficio/competency");
        header(headers, "ce_type", type);
        header(headers, "ce_subject", subject);
        header(headers, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(headers, "ce_district", district);
        header(headers, "content-type", "application/json");
        return headers;
    }

    public static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
