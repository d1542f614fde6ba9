package org.proficio.progression;

/**
 * The messaging channels this service consumes; their Kafka settings (topic, group, dead-letter topic) are under
 * {@code mp.messaging.incoming.<channel>} in {@code application.properties}.
 */
public final class Channels {

    /** {@code proficio.competency.events}: published frameworks, for the catalog read model. */
    public static final String CATALOG = "catalog";

    /** {@code proficio.assessment.events}: scored evidence, for mastery. */
    public static final String EVIDENCE = "evidence";

    private Channels() {}
}
