package org.proficio.assessment.scoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.assessment.assessment.Calibration.Agreement;
import org.proficio.assessment.scoring.ScoringViews.RaterLevel;

/** Data of the events scoring publishes (JSON Schemas in the platform's {@code events/}). */
final class ModerationEvents {

    private ModerationEvents() {}

    /** {@code org.proficio.assessment.moderation-required.v1}: the raters disagreed; a moderator decides. */
    record ModerationRequired(
            UUID evidenceId,
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            UUID assessmentId,
            Agreement agreement,
            List<RaterLevel> raterLevels,
            OffsetDateTime requiredAt) {}
}
