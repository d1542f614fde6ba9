package org.proficio.progression.mastery;

/** Where a learner stands on one competency. */
public enum MasteryStatus {
    /** No scored evidence yet. */
    NOT_STARTED,
    /** Evidence came in; neither mastered nor stuck. */
    IN_PROGRESS,
    /** The latest scores (as many as the policy says) are all below proficient: the learner needs support now. */
    STRUGGLING,
    /** At or above proficient, but the policy's sufficiency rules still miss evidence (count, modality, summative). */
    PROFICIENT,
    /** At or above proficient with sufficient evidence, under the policy in force. */
    MASTERED;

    /** Whether a learner with this status is working on the competency (pacing watches those). */
    public boolean inProgress() {
        return this == IN_PROGRESS || this == STRUGGLING || this == PROFICIENT;
    }

    /** How far along this status is: STRUGGLING below IN_PROGRESS, then PROFICIENT, then MASTERED. */
    int rank() {
        return switch (this) {
            case NOT_STARTED -> 0;
            case STRUGGLING -> 1;
            case IN_PROGRESS -> 2;
            case PROFICIENT -> 3;
            case MASTERED -> 4;
        };
    }
}
