package org.proficio.assessment.readiness;

/**
 * A condition of an assessment's readiness or retest policy that an attempt must meet. The names are part of the API:
 * they appear in 409 problems ({@code errors[].field}), in {@code GET .../readiness} and in ReadinessDenied events.
 */
public enum Condition {
    /** Readiness: too few pieces of formative evidence on one of the assessment's competencies. */
    FORMATIVE_EVIDENCE(false),
    /** Readiness: no educator has recorded that the learner is ready for this assessment. */
    READINESS_CONFIRMATION(false),
    /** Retest: the previous attempt has a competency without a final score yet. */
    PREVIOUS_ATTEMPT_UNSCORED(true),
    /** Retest: every allowed attempt has been made. */
    MAX_ATTEMPTS(true),
    /** Retest: no preparation recorded since the previous, non-proficient attempt. */
    PREPARATION(true),
    /** Retest: the cooldown after the previous, non-proficient attempt has not passed. */
    COOLDOWN(true);

    private final boolean retest;

    Condition(boolean retest) {
        this.retest = retest;
    }

    /** Whether the condition belongs to the retest policy (otherwise to the readiness policy). */
    public boolean retest() {
        return retest;
    }
}
