package org.proficio.assessment.assessment;

/** What the assessment that produced the evidence is for. */
public enum AssessmentKind {
    /** For learning: checks understanding along the way. */
    FORMATIVE,
    /** Checks progress between formative work and a summative assessment. */
    INTERIM,
    /** Of learning: shows whether the competency has been mastered. */
    SUMMATIVE
}
