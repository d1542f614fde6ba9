package org.proficio.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.proficio.platform.events.DomainEvent;

/**
 * Writes domain events to the outbox table. Call it inside the transaction that makes the change the event
 * reports ({@code @WithTransaction}): both commit together or neither does, and the {@link OutboxRelay} publishes
 * what committed.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxConfig config;
    private final ObjectMapper json;

    /** The last occurredAt this instance stamped; see {@link #nextOccurredAt()}. */
    private final AtomicReference<OffsetDateTime> lastOccurredAt =
            new AtomicReference<>(OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));

    public Outbox(OutboxConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** Adds the event to the current transaction; returns the event id. */
    public Uni<UUID> add(String district, DomainEvent event) {
        OutboxEvent row = row(district, event);
        // Inserting the row notifies the relays on commit (a trigger: db/platform/V0_1_1).
        return Panache.getSession().chain(session -> session.persist(row)).replaceWith(row.id);
    }

    /** Adds the events to the current transaction, in this order: many at once, without a chain of one per event. */
    public Uni<Void> addAll(String district, List<DomainEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Object[] rows = events.stream().map(event -> row(district, event)).toArray();
        return Panache.getSession().chain(session -> session.persistAll(rows));
    }

    private OutboxEvent row(String district, DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.district = district;
        row.topic = config.topic();
        row.key = event.key();
        row.type = event.type();
        row.source = config.source();
        row.subject = event.subject();
        row.payload = serialise(event.data());
        row.occurredAt = nextOccurredAt();
        return row;
    }

    /**
     * Now, at PostgreSQL's microsecond precision, but always later than the previous stamp of this instance. The
     * relay publishes in (occurredAt, id) order and ids are random: two events added in one transaction within the
     * same microsecond (or across a clock step back) would otherwise be published in random order.
     */
    private OffsetDateTime nextOccurredAt() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return lastOccurredAt.updateAndGet(last -> now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS));
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
