package org.proficio.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: one per test JVM, started on first use and stopped when the JVM
 * exits; or the broker named by {@code PROFICIO_KAFKA_BOOTSTRAP}, if set.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
 * class EvidenceEventsTest { ... }
 * }</pre>
 *
 * <p>{@code restrictToAnnotatedClass = false}: one application and one resource for the whole test module, whichever
 * class carries the annotation. ({@code @WithTestResource(..., scope = TestResourceScope.GLOBAL)} works the same,
 * but Quarkus 3.34's own Javadoc still advises against {@code @WithTestResource} for now.)
 *
 * <p>Sets {@code kafka.bootstrap.servers}. Plain JUnit tests may call {@link #bootstrapServers()} for the same
 * broker.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** An external broker to use instead of starting one, e.g. {@code localhost:9092}. */
    public static final String BOOTSTRAP_ENV = "PROFICIO_KAFKA_BOOTSTRAP";

    static final String SHARED_BOOTSTRAP_PROPERTY = "proficio.devstack.kafka.bootstrap-servers";

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    /** Nothing: the broker outlives this test class and serves the whole test JVM; a shutdown hook stops it. */
    @Override
    public void stop() {}

    /** The test JVM's broker, started on first call. */
    public static String bootstrapServers() {
        return JvmWide.computeIfAbsent(SHARED_BOOTSTRAP_PROPERTY, () -> {
            String external = System.getenv(BOOTSTRAP_ENV);
            if (external != null && !external.isBlank()) {
                return external;
            }
            // Stopped by the broker's own shutdown hook.
            return KafkaBroker.startTemporary().bootstrapServers();
        });
    }
}
