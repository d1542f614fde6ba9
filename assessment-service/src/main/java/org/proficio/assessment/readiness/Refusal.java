package org.proficio.assessment.readiness;

/** Why an attempt was refused, as ReadinessDenied's {@code refusal} says it. */
public enum Refusal {
    /** Only conditions of the readiness policy are unmet. */
    NOT_READY,
    /** A condition of the retest policy is unmet (readiness conditions may be unmet as well). */
    RETEST_REFUSED
}
