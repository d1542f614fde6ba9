package org.proficio.platform.events;

import java.util.Objects;

/**
 * A domain event about to be written to the outbox.
 *
 * @param type CloudEvents type, one of {@link EventTypes}
 * @param subject what the event is about: a learner id for learner events, a framework id for catalog events
 * @param key the Kafka record key; events with the same key keep their order
 * @param data the event's data, serialised as JSON; must match the type's JSON Schema
 */
public record DomainEvent(String type, String subject, String key, Object data) {

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }

    /** An event about a learner: subject and key are the learner id, so the learner's events stay in order. */
    public static DomainEvent aboutLearner(String type, String learnerId, Object data) {
        return new DomainEvent(type, learnerId, learnerId, data);
    }
}
