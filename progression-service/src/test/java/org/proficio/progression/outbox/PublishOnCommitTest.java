package org.proficio.progression.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * The outbox relay publishes when the transaction commits (PostgreSQL NOTIFY), not at its next poll: with the poll
 * an hour apart, a decision's events still reach Kafka within seconds.
 */
@QuarkusTest
@TestProfile(PublishOnCommitTest.PollHourly.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class PublishOnCommitTest {

    /** The relay polls once an hour, after a start delay of an hour: only notifications can wake it. */
    public static class PollHourly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("proficio.outbox.poll-interval", "1h", "proficio.outbox.start-delay", "1h");
        }
    }

    @Test
    void aDecisionsEventsArePublishedAsSoonAsItCommits() {
        String learner = "s-" + UUID.randomUUID();
        UUID framework = UUID.randomUUID();
        for (UUID competency : new UUID[] {UUID.randomUUID(), UUID.randomUUID()}) {
            Fixtures.score("demo", learner, competency, framework, "advanced");
        }

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.COMPETENCY_MASTERED))
                                .hasSize(2));
    }
}
