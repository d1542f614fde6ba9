package org.proficio.platform.events;

/** Kafka topics: one per producing service, plus one dead-letter topic per consuming service. */
public final class Topics {

    public static final String COMPETENCY = "proficio.competency.events";
    public static final String ASSESSMENT = "proficio.assessment.events";
    public static final String PROGRESSION = "proficio.progression.events";
    public static final String SUPPORT = "proficio.support.events";

    private Topics() {}

    /** The dead-letter topic of a consuming service, e.g. {@code proficio.progression.dlq}. */
    public static String deadLetters(String service) {
        return "proficio." + service + ".dlq";
    }
}
