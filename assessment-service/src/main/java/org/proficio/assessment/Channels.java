package org.proficio.assessment;

/**
 * Reactive Messaging channels of this service, named in one place; their Kafka settings are in {@code
 * application.properties} under {@code mp.messaging.incoming.<channel>}. Outgoing events leave through the
 * platform's outbox relay, not through a channel of their own.
 */
public final class Channels {

    /** The competency-service's events ({@code proficio.competency.events}), feeding the catalog read model. */
    public static final String COMPETENCY_EVENTS = "competency-events";

    /** The consumer name under which the catalog read model records the events it applied. */
    public static final String CATALOG_CONSUMER = "assessment-catalog";

    private Channels() {}
}
