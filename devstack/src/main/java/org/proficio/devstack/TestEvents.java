package org.proficio.devstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts records on Kafka the way the other services' outbox relays do (CloudEvents 1.0 in binary mode, key = the
 * subject), and reads what this service published. Event data is checked against its JSON Schema before it is
 * sent, so tests feed only what a real producer could.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private TestEvents() {}

    /** Publishes a schema-valid event under a fresh id; returns the id. */
    public static UUID publish(String topic, String type, String district, String subject, Map<String, ?> data) {
        UUID id = UUID.randomUUID();
        publish(topic, id, type, district, subject, data);
        return id;
    }

    /** Publishes a schema-valid event under the given id (to redeliver one). */
    public static void publish(
            String topic, UUID id, String type, String district, String subject, Map<String, ?> data) {
        String json = json(data);
        EventSchemas.assertValid(type, json);
        send(topic, subject, json, headers(id, type, district, subject));
    }

    /** The binary-mode CloudEvents headers of an event from the service named in its type. */
    public static Map<String, String> headers(UUID id, String type, String district, String subject) {
        String service = type.split("\\.")[2];
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id.toString());
        headers.put("ce_source", "/proficio/" + service);
        headers.put("ce_type", type);
        headers.put("ce_subject", subject);
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        headers.put("ce_district", district);
        headers.put("content-type", "application/json");
        return headers;
    }

    /** Sends a record exactly as given, valid or not, and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        try {
            sendWithoutWaiting(record(topic, key, value, headers)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** A record with these headers (UTF-8), to send later. */
    public static ProducerRecord<String, String> record(
            String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Sends a record and returns at once: the future completes with the broker's acknowledgement. */
    public static Future<RecordMetadata> sendWithoutWaiting(ProducerRecord<String, String> record) {
        return producer().send(record);
    }

    /** How many partitions the topic has (it is created if the broker creates topics on first use). */
    public static int partitions(String topic) {
        return producer().partitionsFor(topic).size();
    }

    /** Every record on the topic with this key, oldest first. */
    public static List<TopicRecord> recordsWithKey(String topic, String key) {
        return new TopicReader(KafkaTestResource.bootstrapServers())
                .readAll(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Records on the topic with this key and CloudEvents type, oldest first. */
    public static List<TopicRecord> events(String topic, String key, String type) {
        return recordsWithKey(topic, key).stream()
                .filter(r -> type.equals(r.headers().get("ce_type")))
                .toList();
    }

    public static JsonNode data(TopicRecord record) {
        try {
            return JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    public static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }
}
