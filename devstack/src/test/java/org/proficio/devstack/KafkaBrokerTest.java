package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One broker for the class (a start costs seconds); the last test stops it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaBrokerTest {

    private static final Duration AWAIT = Duration.ofSeconds(10);

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        QuietKafkaClients.apply();
        broker = KafkaBroker.startTemporary();
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void producedRecordIsReadBackWithKeyValueAndHeaders() throws Exception {
        String topic = "proficio.devstack.read-back";
        broker.createTopics(List.of(topic));

        try (KafkaProducer<String, String> producer = producer()) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, "s-0001", "{\"level\":3}");
            record.headers().add("ce_type", "org.proficio.test.sample-recorded.v1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }

        assertThat(new TopicReader(broker.bootstrapServers()).readAll(topic))
                .singleElement()
                .satisfies(read -> {
                    assertThat(read.key()).isEqualTo("s-0001");
                    assertThat(read.value()).isEqualTo("{\"level\":3}");
                    assertThat(read.headers())
                            .containsEntry("ce_type", "org.proficio.test.sample-recorded.v1")
                            .containsEntry("ce_id", "e-1");
                });
    }

    @Test
    void awaitRecordsWaitsForAMatchOnATopicCreatedByTheProducer() throws Exception {
        String topic = "proficio.devstack.auto-created";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "s-0001", "first")).get();
            producer.send(new ProducerRecord<>(topic, "s-0002", "second")).get();
        }

        List<TopicRecord> matches = new TopicReader(broker.bootstrapServers())
                .awaitRecords(topic, record -> "s-0002".equals(record.key()), AWAIT);

        assertThat(matches).extracting(TopicRecord::value).containsExactly("second");
    }

    @Test
    void awaitRecordsFailsWhenNothingMatchesInTime() {
        TopicReader reader = new TopicReader(broker.bootstrapServers());

        assertThatThrownBy(() ->
                        reader.awaitRecords("proficio.devstack.never-written", record -> true, Duration.ofSeconds(1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("proficio.devstack.never-written");
        assertThat(reader.readAll("proficio.devstack.never-written")).isEmpty();
    }

    @Test
    void createsTopicsIdempotently() throws Exception {
        List<String> topics = List.of("proficio.devstack.a", "proficio.devstack.b");

        broker.createTopics(topics, 3);
        broker.createTopics(topics, 3);

        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.describeTopics(topics).allTopicNames().get().values())
                    .allSatisfy(
                            description -> assertThat(description.partitions()).hasSize(3));
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void stopEndsTheProcessAndRemovesATemporaryDataDirectory() throws Exception {
        long pid = broker.pid();
        Path dataDir = broker.dataDir();
        assertThat(Files.readString(dataDir.resolve("server.log"), StandardCharsets.UTF_8))
                .contains("Kafka Server started");

        broker.stop();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(broker.isRunning()).isFalse();
        assertThat(dataDir).doesNotExist();
        assertThat(LocalMachine.isPortFree(broker.port())).isTrue();
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
