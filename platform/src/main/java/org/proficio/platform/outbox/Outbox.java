package org.proficio.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
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

    public Outbox(OutboxConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** Adds the event to the current transaction; returns the event id. */
    public Uni<UUID> add(String district, DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.district = district;
        row.topic = config.topic();
        row.key = event.key();
        row.type = event.type();
        row.source = config.source();
        row.subject = event.subject();
        row.payload = serialise(event.data());
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.getSession().chain(session -> session.persist(row)).replaceWith(row.id);
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
