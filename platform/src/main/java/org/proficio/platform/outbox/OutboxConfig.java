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

    /**
     * Whether the relay listens for PostgreSQL notifications of committed outbox rows and publishes them at once
     * (see {@link OutboxNotifications}); without, it publishes at its next poll.
     */
    @WithDefault("true")
    boolean listen();

    /**
     * How often the relay also polls for pending rows: the safety net for a notification missed while the listening
     * connection was down (read by the relay's {@code @Scheduled}, as an expression like {@code 1s}).
     */
    @WithDefault("1s")
    String pollInterval();

    /** How long after start the first poll waits, so that Reactive Messaging has wired the relay's channel. */
    @WithDefault("3s")
    String startDelay();

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
