package org.proficio.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.LockMode;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published in the same transaction that
 * locked them. A crash after the broker's acknowledgement but before the commit publishes the row again on the next
 * run: delivery is at least once, and consumers drop the repeat by event id. {@code FOR UPDATE SKIP LOCKED} lets
 * several instances of a service relay side by side without publishing a row twice at the same time.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The channel the relay writes to; its Kafka settings come with the platform's default configuration. */
    public static final String CHANNEL = "outbox";

    /**
     * Locked with {@link LockMode#UPGRADE_SKIPLOCKED}. A query, not native SQL: Hibernate never finds the plan of a
     * native query that maps to an entity in its plan cache, so each run added an entry under the same hash, and the
     * crowd of them pushed the other queries' plans out (the decision path parsed its HQL again and again).
     */
    private static final String PENDING = "from OutboxEvent e where e.publishedAt is null order by e.occurredAt, e.id";

    private final OutboxConfig config;
    private final Vertx vertx;

    /** A run is under way in this instance; {@link #wanted}: relay again once it ends. */
    private final AtomicBoolean running = new AtomicBoolean();

    private final AtomicBoolean wanted = new AtomicBoolean();

    /** Field injection: Quarkus wires emitters it finds on fields; one taken by a constructor was left unconnected. */
    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    public OutboxRelay(OutboxConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    /** Most batches relayed back to back in one scheduled run. */
    static final int BATCHES_PER_RUN = 50;

    /** Keys whose events are sent at the same time. */
    static final int KEYS_IN_FLIGHT = 16;

    @Scheduled(
            identity = "outbox-relay",
            every = "${proficio.outbox.poll-interval:1s}",
            // Give Reactive Messaging time to wire the emitter; an earlier run finds the channel unconnected.
            delayed = "${proficio.outbox.start-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RelayDisabled.class)
    Uni<Void> relayPending() {
        wanted.set(true);
        return running.compareAndSet(false, true) ? drain() : Uni.createFrom().voidItem();
    }

    /**
     * Relays now, or right after the run under way: called when outbox rows commit ({@link OutboxNotifications}).
     * One run at a time per instance, so that batches of one instance never overtake each other.
     */
    public void wakeUp() {
        wanted.set(true);
        if (!config.relayEnabled() || !running.compareAndSet(false, true)) {
            return;
        }
        // Hibernate Reactive runs on a duplicated Vert.x context marked safe, as Quarkus gives scheduled methods.
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> drain().subscribe().with(done -> {}, e -> running.set(false)));
    }

    /** Relays the backlog until no wake-up came in during the last pass; then lets the next wake-up in. */
    private Uni<Void> drain() {
        wanted.set(false);
        return relayBacklog()
                .onFailure()
                .invoke(e -> Log.warnf("outbox relay failed, retrying on the next run: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .chain(() -> {
                    if (wanted.get()) {
                        return drain();
                    }
                    running.set(false);
                    // a wake-up between the check and the release would otherwise wait for the next poll
                    return wanted.get() && running.compareAndSet(false, true)
                            ? drain()
                            : Uni.createFrom().voidItem();
                });
    }

    /**
     * Relays pending events batch after batch, without waiting for the next poll, until a batch is not full (nothing
     * more is waiting) or {@link #BATCHES_PER_RUN} batches were sent; returns how many events were published.
     */
    public Uni<Integer> relayBacklog() {
        return relayBatches(BATCHES_PER_RUN, 0);
    }

    private Uni<Integer> relayBatches(int left, int relayedSoFar) {
        return relayBatch()
                .chain(relayed -> relayed == config.batchSize() && left > 1
                        ? relayBatches(left - 1, relayedSoFar + relayed)
                        : Uni.createFrom().item(relayedSoFar + relayed));
    }

    /**
     * Relays one batch of pending events; returns how many were published: all the rows it locked, since a failure to
     * send any of them fails the batch.
     */
    public Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createSelectionQuery(PENDING, OutboxEvent.class)
                        .setMaxResults(config.batchSize())
                        .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                        .getResultList())
                .chain(rows -> publishInOrder(rows).replaceWith(rows.size())));
    }

    /**
     * Sends the events of one key one after the other, so that a failure never lets a later event of a key overtake
     * an earlier one; different keys (learners, frameworks) are sent side by side, up to {@link #KEYS_IN_FLIGHT} at a
     * time. A failure rolls the batch back: what was sent is sent again on the next run (consumers are idempotent).
     */
    private Uni<Void> publishInOrder(List<OutboxEvent> rows) {
        Map<String, List<OutboxEvent>> byKey = rows.stream()
                .collect(
                        Collectors.groupingBy(row -> String.valueOf(row.key), LinkedHashMap::new, Collectors.toList()));
        return Multi.createFrom()
                .iterable(byKey.values())
                .onItem()
                .transformToUni(this::publishOneByOne)
                .merge(KEYS_IN_FLIGHT)
                .onItem()
                .ignoreAsUni();
    }

    private Uni<Void> publishOneByOne(List<OutboxEvent> rows) {
        return Multi.createFrom()
                .iterable(rows)
                .onItem()
                .transformToUniAndConcatenate(row -> emitter.sendMessage(toMessage(row))
                        .ifNoItem()
                        .after(config.sendTimeout())
                        .failWith(() -> new IllegalStateException("Kafka did not acknowledge event " + row.id
                                + " within " + config.sendTimeout().toSeconds() + " s"))
                        .invoke(() -> row.publishedAt = OffsetDateTime.now(ZoneOffset.UTC)))
                .onItem()
                .ignoreAsUni();
    }

    private static Message<String> toMessage(OutboxEvent row) {
        return Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.key)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(row.id.toString())
                        .withType(row.type)
                        .withSource(URI.create(row.source))
                        .withSubject(row.subject)
                        .withTimestamp(row.occurredAt.toZonedDateTime())
                        .withDataContentType("application/json")
                        .withExtension("district", row.district)
                        .build());
    }

    /** Deletes published rows older than the retention period. */
    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m")
    Uni<Void> purgePublished() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createMutationQuery("delete from OutboxEvent e"
                                        + " where e.publishedAt is not null and e.publishedAt < :before")
                                .setParameter("before", before)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    /** Skips the relay where it is switched off ({@code proficio.outbox.relay-enabled=false}). */
    @Singleton
    public static class RelayDisabled implements Scheduled.SkipPredicate {

        private final OutboxConfig config;

        public RelayDisabled(OutboxConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.relayEnabled();
        }
    }
}
