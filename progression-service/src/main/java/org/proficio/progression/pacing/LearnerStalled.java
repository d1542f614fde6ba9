package org.proficio.progression.pacing;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.proficio.progression.mastery.MasteryStatus;

/**
 * {@code org.proficio.progression.learner-stalled.v1}: a learner working on a competency has not moved (no first
 * evidence since, no evidence that raised her value or her status) for the district's stalled time. Once per episode.
 */
public record LearnerStalled(
        String learnerId,
        UUID competencyId,
        UUID frameworkId,
        MasteryStatus status,
        UUID episodeId,
        OffsetDateTime since,
        long stalledDays,
        OffsetDateTime flaggedAt) {}
