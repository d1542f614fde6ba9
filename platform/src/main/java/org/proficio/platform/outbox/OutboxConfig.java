package org.proficio.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tunables of the transactional outbox and its relay. */
@ConfigMapping(prefix = "proficio.outbox")
public interface OutboxConfig {

    /** The topic this service publishes its events to. */
    String topic();

    /** The CloudEvents {@code source} of this service's events, e.g. {@code /proficio/assessment}. */
    String source();

    /** Whether this instance relays pending events to Kafka (off only to test crash recovery). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Most events relayed in one transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long the relay waits for Kafka to acknowledge one event before it gives the batch up and sends it again on
     * its next run (consumers drop repeats by event id). A send that never completes would otherwise hold the
     * batch's rows, and its database transaction, for good.
     */
    @WithDefault("15s")
    Duration sendTimeout();

    /** How long relayed events are kept in the outbox table for inspection before they are purged. */
    @WithDefault("P7D")
    Duration retention();
}
