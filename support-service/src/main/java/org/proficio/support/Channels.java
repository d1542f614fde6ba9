package org.proficio.support;

/**
 * The messaging channels this service consumes; their Kafka settings (topic, group, dead-letter topic) are under
 * {@code mp.messaging.incoming.<channel>} in {@code application.properties}.
 */
public final class Channels {

    /** {@code proficio.progression.events}: learners struggling on and mastering competencies. */
    public static final String PROGRESSION = "progression";

    private Channels() {}
}
