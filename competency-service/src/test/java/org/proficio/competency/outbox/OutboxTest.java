package org.proficio.competency.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.Topics;
import org.proficio.platform.outbox.Outbox;

/**
 * The platform's transactional outbox, exercised in a real service against real PostgreSQL and Kafka: an event
 * whose transaction rolls back is never published; committed events of one key are published in commit order.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class OutboxTest {

    private static final String TEST_TYPE = "org.proficio.competency.outbox-test.v1";
    private static final Duration RELAYED = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;

    private final TopicReader kafka = new TopicReader(KafkaTestResource.bootstrapServers());

    @Test
    void eventOfARolledBackTransactionIsNeverPublished() throws Throwable {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() ->
                        Panache.withTransaction(() -> outbox.add("demo", event(rolledBack, 1))
                                .chain(() -> Uni.createFrom().failure(new IllegalStateException("change failed"))))))
                .hasMessageContaining("change failed");
        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> outbox.add("demo", event(committed, 1))));

        // The committed event, written after the rolled-back one, arriving proves the relay ran past it.
        kafka.awaitRecords(Topics.COMPETENCY, r -> committed.equals(r.key()), RELAYED);
        assertThat(kafka.readAll(Topics.COMPETENCY)).noneMatch(r -> rolledBack.equals(r.key()));
    }

    @Test
    void eventsOfOneKeyArePublishedInCommitOrder() throws Throwable {
        String key = "ordered-" + UUID.randomUUID();
        for (int i = 1; i <= 5; i++) {
            int sequence = i;
            VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withTransaction(() -> outbox.add("demo", event(key, sequence))));
        }

        kafka.awaitRecords(
                Topics.COMPETENCY, r -> key.equals(r.key()) && r.value().contains("\"sequence\":5"), RELAYED);
        List<String> values = kafka.readAll(Topics.COMPETENCY).stream()
                .filter(r -> key.equals(r.key()))
                .map(TopicRecord::value)
                .toList();
        assertThat(values)
                .containsExactly(
                        "{\"sequence\":1}",
                        "{\"sequence\":2}",
                        "{\"sequence\":3}",
                        "{\"sequence\":4}",
                        "{\"sequence\":5}");
    }

    private static DomainEvent event(String key, int sequence) {
        return new DomainEvent(TEST_TYPE, key, key, Map.of("sequence", sequence));
    }
}
