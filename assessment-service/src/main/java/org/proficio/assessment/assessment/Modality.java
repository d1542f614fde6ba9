package org.proficio.assessment.assessment;

/**
 * How the learner showed what they know. CBE counts many modalities; performance and authentic ones (everything but
 * {@link #SELECTED_RESPONSE}) are what a learning goal's body of evidence must include at least once.
 */
public enum Modality {
    SELECTED_RESPONSE,
    PERFORMANCE_TASK,
    PRESENTATION,
    RESEARCH_PAPER,
    PROJECT,
    COMMUNITY_CHALLENGE,
    PORTFOLIO,
    OBSERVATION,
    /** Learning outside school, recognised by the district. */
    EXTERNAL
}
