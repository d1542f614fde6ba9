package org.proficio.progression.mastery;

/**
 * The counters the mastery rule decides on, for one learner and one competency.
 *
 * @param consecutiveNonProficient scores below proficient since the last proficient one
 */
public record Standing(MasteryStatus status, int evidenceCount, int proficientCount, int consecutiveNonProficient) {

    /** Before any evidence. */
    public static final Standing NONE = new Standing(MasteryStatus.NOT_STARTED, 0, 0, 0);
}
