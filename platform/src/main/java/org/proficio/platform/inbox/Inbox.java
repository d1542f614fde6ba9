package org.proficio.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
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
    private final Validator validator;
    private final InboxConfig config;

    public Inbox(ObjectMapper json, Validator validator, InboxConfig config) {
        this.json = json;
        this.validator = validator;
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

    /**
     * Reads a Kafka record in CloudEvents binary mode into an {@link IncomingEvent}: from the connector's CloudEvents
     * metadata where the channel parses it, else from the {@code ce_} headers themselves. Channels should set {@code
     * cloud-events=false}: the connector's own parsing throws on a malformed {@code ce_time} or {@code ce_source}
     * before the record reaches the inbox, and that failure stops the whole channel instead of dead-lettering one
     * record.
     */
    @SuppressWarnings("unchecked")
    public IncomingEvent read(Message<String> message) {
        Optional<IncomingCloudEventMetadata<String>> metadata =
                message.getMetadata(IncomingCloudEventMetadata.class).map(m -> (IncomingCloudEventMetadata<String>) m);
        if (metadata.isPresent()) {
            return fromMetadata(metadata.get(), message);
        }
        Headers headers = kafkaHeaders(message)
                .filter(h -> header(h, "ce_specversion") != null)
                .orElseThrow(() -> new UnreadableEventException("not a CloudEvent: no ce_ headers"));
        return fromHeaders(headers, message);
    }

    /**
     * The CloudEvents type of a record, if it has one, read without parsing the rest: a consumer skips the types it
     * does not handle without a transaction, and passes everything else, readable or not, to {@link #consume}.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> type(Message<?> message) {
        Optional<String> type = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(m -> ((IncomingCloudEventMetadata<Object>) m).getType());
        return type.isPresent() ? type : kafkaHeaders(message).map(h -> header(h, "ce_type"));
    }

    private IncomingEvent fromMetadata(IncomingCloudEventMetadata<String> ce, Message<String> message) {
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

    private IncomingEvent fromHeaders(Headers headers, Message<String> message) {
        UUID id = parseId(header(headers, "ce_id"));
        String type = required(headers, id, "ce_type");
        String source = required(headers, id, "ce_source");
        String district = required(headers, id, "ce_district");
        String time = header(headers, "ce_time");
        OffsetDateTime at;
        try {
            at = time == null ? OffsetDateTime.now(ZoneOffset.UTC) : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("event " + id + " has a malformed ce_time: " + time, e);
        }
        return new IncomingEvent(id, type, source, header(headers, "ce_subject"), district, at, parse(id, message));
    }

    private static Optional<Headers> kafkaHeaders(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getHeaders);
    }

    /** The last value of a header as UTF-8 text, or null. */
    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, UUID id, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("event " + id + " has no " + name);
        }
        return value;
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

    /**
     * Maps the event's data to a record, refusing data that does not fit as unreadable: wrong JSON, or a record that
     * breaks its Bean Validation constraints (a retry cannot make a missing field appear).
     */
    public <T> T data(IncomingEvent event, Class<T> type) {
        T data;
        try {
            data = json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("event " + event.id() + " data does not fit " + type.getSimpleName(), e);
        }
        if (data == null) {
            throw new UnreadableEventException("event " + event.id() + " has null data");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            String fields = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new UnreadableEventException("event " + event.id() + " data is invalid: " + fields);
        }
        return data;
    }
}
