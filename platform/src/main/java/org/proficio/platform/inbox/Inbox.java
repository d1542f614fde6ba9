package org.proficio.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Applies each consumed event at most once per consumer. The event id is recorded in the same transaction as the
 * change the event causes, so a redelivered or duplicated event changes nothing. A record that cannot be read, or
 * whose change still fails after the configured retries, is nacked: the channel's dead-letter-queue failure
 * strategy moves it to the dead-letter topic and the partition goes on.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD_FIRST_DELIVERY = "insert into processed_event (consumer, event_id, event_type,"
            + " processed_at) values (:consumer, :eventId, :type, :at) on conflict do nothing";

    private final ObjectMapper json;
    private final InboxConfig config;

    public Inbox(ObjectMapper json, InboxConfig config) {
        this.json = json;
        this.config = config;
    }

    /**
     * Reads the message as a CloudEvent, applies {@code change} once for {@code consumer}, and acks, or nacks when
     * the event is unreadable or keeps failing.
     */
    public Uni<Void> consume(String consumer, Message<String> message, Function<IncomingEvent, Uni<Void>> change) {
        return Uni.createFrom()
                .item(() -> read(message))
                .chain(event -> applyOnce(consumer, event, change)
                        .onFailure(e -> !(e instanceof UnreadableEventException))
                        .retry()
                        .withBackOff(config.retryBackoff())
                        .atMost(config.retries()))
                .onItemOrFailure()
                .transformToUni((applied, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    Log.errorf(failure, "%s: event moved to the dead letters: %s", consumer, failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    /**
     * Applies {@code change} in one transaction with the record of the event, unless this consumer has already
     * applied it. Returns whether the change ran.
     */
    public Uni<Boolean> applyOnce(String consumer, IncomingEvent event, Function<IncomingEvent, Uni<Void>> change) {
        return Panache.withTransaction(() -> recordFirstDelivery(consumer, event)
                .chain(first -> first
                        ? change.apply(event).replaceWith(true)
                        : Uni.createFrom().item(false)));
    }

    private static Uni<Boolean> recordFirstDelivery(String consumer, IncomingEvent event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(RECORD_FIRST_DELIVERY)
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", event.id())
                        .setParameter("type", event.type())
                        .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Reads a Kafka record in CloudEvents binary mode into an {@link IncomingEvent}. */
    @SuppressWarnings("unchecked")
    public IncomingEvent read(Message<String> message) {
        IncomingCloudEventMetadata<String> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new UnreadableEventException("not a CloudEvent: no ce_ headers"));
        UUID id = parseId(ce.getId());
        String district = ce.<String>getExtension("district")
                .map(Object::toString)
                .orElseThrow(() -> new UnreadableEventException("event " + id + " has no district extension"));
        OffsetDateTime time =
                ce.getTimeStamp().map(t -> t.toOffsetDateTime()).orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC));
        String subject = ce.getSubject().orElse(null);
        return new IncomingEvent(
                id, ce.getType(), String.valueOf(ce.getSource()), subject, district, time, parse(id, message));
    }

    private JsonNode parse(UUID id, Message<String> message) {
        String payload = message.getPayload();
        if (payload == null || payload.isBlank()) {
            throw new UnreadableEventException("event " + id + " has no data");
        }
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("event " + id + " data is not JSON", e);
        }
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("event id is not a UUID: " + id, e);
        }
    }

    /** Maps the event's data to a record, refusing data that does not fit as unreadable. */
    public <T> T data(IncomingEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("event " + event.id() + " data does not fit " + type.getSimpleName(), e);
        }
    }
}
