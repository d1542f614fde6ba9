package org.proficio.support.intervention;

/** Whether support is still going on. */
public enum InterventionStatus {
    OPEN,
    RESOLVED
}
