package org.proficio.assessment.scoring;

import java.util.UUID;

/**
 * A rater score reduced to what agreement statistics use: which item (evidence and competency) it judges, who gave
 * it, and the level's place on a scale of {@code scaleLevels} levels.
 */
public record Rating(UUID evidenceId, UUID competencyId, UUID assessmentId, String rater, int rank, int scaleLevels) {}
