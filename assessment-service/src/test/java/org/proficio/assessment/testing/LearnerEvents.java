package org.proficio.assessment.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.Topics;

/** The assessment-service's events about one learner (key = learner id), read back from the real Kafka topic. */
public final class LearnerEvents {

    /** How long the outbox relay may take to publish an event. */
    public static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);

    private LearnerEvents() {}

    /** Every event of the learner published so far, in topic order. */
    public static List<TopicRecord> all(String learner) {
        return reader().readAll(Topics.ASSESSMENT).stream()
                .filter(r -> learner.equals(r.key()))
                .toList();
    }

    /** Waits until the learner has an event of the type; returns every event of the learner, in topic order. */
    public static List<TopicRecord> allOnceThereIs(String learner, String type) {
        reader().awaitRecords(Topics.ASSESSMENT, r -> isOf(r, learner, type), PUBLISHED_WITHIN);
        return all(learner);
    }

    /** Waits until the learner has an event of the type; returns all of the learner's events of that type. */
    public static List<TopicRecord> awaitOfType(String learner, String type) {
        return allOnceThereIs(learner, type).stream()
                .filter(r -> type.equals(r.headers().get("ce_type")))
                .toList();
    }

    /** Waits until the learner has at least {@code expected} events; returns them all, in topic order. */
    public static List<TopicRecord> awaitCount(String learner, int expected) {
        return awaitCount(learner, expected, PUBLISHED_WITHIN);
    }

    /** Like {@link #awaitCount(String, int)}, waiting up to {@code within} (many events behind a large request). */
    public static List<TopicRecord> awaitCount(String learner, int expected, Duration within) {
        return await().atMost(within)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> all(learner), events -> events.size() >= expected);
    }

    private static boolean isOf(TopicRecord record, String learner, String type) {
        return learner.equals(record.key()) && type.equals(record.headers().get("ce_type"));
    }

    private static TopicReader reader() {
        return new TopicReader(KafkaTestResource.bootstrapServers());
    }
}
