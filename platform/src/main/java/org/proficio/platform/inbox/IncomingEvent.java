package org.proficio.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A domain event received from Kafka: the CloudEvents attributes and the JSON data.
 *
 * @param district the tenant the event belongs to (the {@code district} extension)
 */
public record IncomingEvent(
        UUID id, String type, String source, String subject, String district, OffsetDateTime time, JsonNode data) {}
