package org.proficio.competency.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.Topics;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.outbox.OutboxConfig;
import org.proficio.platform.outbox.OutboxRelay;

/**
 * One run of the relay works off a backlog of several batches back to back, instead of one batch per poll interval.
 * The scheduled relay is switched off here, so that this test's call is the only one taking pending rows.
 */
@QuarkusTest
@TestProfile(OutboxRelayTest.ScheduledRelayOff.class)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class OutboxRelayTest {

    private static final String TEST_TYPE = "org.proficio.competency.outbox-test.v1";

    public static class ScheduledRelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("proficio.outbox.relay-enabled", "false");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Test
    void oneRunRelaysABacklogOfSeveralBatches() throws Throwable {
        int backlog = 2 * config.batchSize() + 7;
        String prefix = "backlog-" + UUID.randomUUID() + "-";
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom()
                .items(IntStream.range(0, backlog).boxed())
                .onItem()
                .transformToUniAndConcatenate(i -> outbox.add(
                        "demo", new DomainEvent(TEST_TYPE, prefix + (i % 20), prefix + (i % 20), Map.of("n", i))))
                .collect()
                .last()));

        Integer relayed = VertxContextSupport.subscribeAndAwait(() -> relay.relayBacklog());

        // Earlier test classes may have left events pending in this database: at least the backlog went out.
        assertThat(relayed).isGreaterThanOrEqualTo(backlog);
        assertThat(VertxContextSupport.<Long>subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createSelectionQuery(
                                        "select count(*) from OutboxEvent e where e.publishedAt is null", Long.class)
                                .getSingleResult()))))
                .isZero();
        long onTopic = new TopicReader(KafkaTestResource.bootstrapServers())
                .readAll(Topics.COMPETENCY).stream()
                        .filter(r -> r.key() != null && r.key().startsWith(prefix))
                        .count();
        assertThat(onTopic).isEqualTo(backlog);
    }
}
