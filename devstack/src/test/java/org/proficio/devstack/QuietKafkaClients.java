package org.proficio.devstack;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kafka clients log their whole configuration at INFO each time one is created; in these tests that is hundreds of
 * lines per test. (Quarkus' log initializer ignores a logging.properties, so this is set in code.)
 */
final class QuietKafkaClients {

    /** Held so that the level cannot be lost with a garbage-collected logger. */
    private static final Logger KAFKA = Logger.getLogger("org.apache.kafka");

    private QuietKafkaClients() {}

    static void apply() {
        KAFKA.setLevel(Level.WARNING);
    }
}
