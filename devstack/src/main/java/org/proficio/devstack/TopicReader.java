package org.proficio.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what services wrote to Kafka, for assertions in tests.
 *
 * <p>Every call uses a fresh consumer without a group: it {@code assign}s all partitions and seeks to the beginning,
 * so it sees every record regardless of offsets committed by anyone, and it never waits for a group rebalance (which
 * made {@code subscribe} slow and flaky in tests). It reads committed records only ({@code read_committed}), as the
 * services' consumers would see them.
 */
public final class TopicReader {

    /** How long {@link #readAll(String)} may take to reach the end of a topic. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(2);

    private final String bootstrapServers;

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record of the topic, from the beginning to its end as of this call; empty if there is no such topic. */
    public List<TopicRecord> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<TopicRecord> records = new ArrayList<>();
            long deadline = System.nanoTime() + DEFAULT_READ_TIMEOUT.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within "
                            + DEFAULT_READ_TIMEOUT.toSeconds() + " s (read " + records.size() + " records)");
                }
                consumer.poll(POLL_TIMEOUT).forEach(record -> records.add(toTopicRecord(record)));
            }
            return records;
        }
    }

    /**
     * Reads the topic from the beginning until at least one record matches, waiting for the topic to appear if
     * need be, and returns the matching records read so far (never empty).
     *
     * @throws AssertionError if nothing matches within {@code timeout}
     */
    public List<TopicRecord> awaitRecords(String topic, Predicate<TopicRecord> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicRecord> matches = new ArrayList<>();
        int read = 0;
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            List<TopicPartition> partitions = List.of();
            while (System.nanoTime() < deadline) {
                if (partitions.isEmpty()) {
                    partitions = partitionsOf(consumer, topic);
                    if (partitions.isEmpty()) {
                        sleep(POLL_TIMEOUT);
                        continue;
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL_TIMEOUT)) {
                    read++;
                    TopicRecord topicRecord = toTopicRecord(record);
                    if (match.test(topicRecord)) {
                        matches.add(topicRecord);
                    }
                }
                if (!matches.isEmpty()) {
                    return matches;
                }
            }
        }
        throw new AssertionError(
                "no record on " + topic + " matched within " + timeout.toMillis() + " ms (" + read + " records read)");
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "proficio-topic-reader");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Looking at a topic must not create it (the broker may have auto.create.topics.enable on).
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // A short-lived test client: no JMX beans, no telemetry subscription round trips.
        config.put(ConsumerConfig.METRIC_REPORTER_CLASSES_CONFIG, "");
        config.put(ConsumerConfig.ENABLE_METRICS_PUSH_CONFIG, "false");
        return new KafkaConsumer<>(config);
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic) {
        try {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            return partitions == null
                    ? List.of()
                    : partitions.stream()
                            .map(info -> new TopicPartition(topic, info.partition()))
                            .toList();
        } catch (TimeoutException unknownTopic) {
            return List.of();
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }

    private static TopicRecord toTopicRecord(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new TopicRecord(
                record.topic(),
                record.partition(),
                record.offset(),
                record.key(),
                record.value(),
                headers,
                Instant.ofEpochMilli(record.timestamp()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + duration, e);
        }
    }
}
