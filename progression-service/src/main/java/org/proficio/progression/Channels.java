package org.proficio.progression;

/**
 * The messaging channels this service consumes; their Kafka settings (topic, group, dead-letter topic) are under
 * {@code mp.messaging.incoming.<channel>} in {@code application.properties}. The catalog read model's channel,
 * {@code competency-events}, is named by the catalog-readmodel library ({@code CatalogConsumer.CHANNEL}).
 */
public final class Channels {

    /** {@code proficio.assessment.events}: scored evidence, for mastery. */
    public static final String EVIDENCE = "evidence";

    private Channels() {}
}
