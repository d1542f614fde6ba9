package org.proficio.progression.mastery;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of the events mastery publishes; each matches its JSON Schema in the platform's {@code events/}. */
public final class MasteryEvents {

    private MasteryEvents() {}

    /** {@code org.proficio.progression.mastery-changed.v1} */
    public record MasteryChanged(
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            MasteryStatus previousStatus,
            MasteryStatus status,
            UUID evidenceId,
            OffsetDateTime changedAt) {}

    /** {@code org.proficio.progression.learner-struggling.v1} */
    public record LearnerStruggling(
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            int consecutiveNonProficient,
            UUID evidenceId,
            OffsetDateTime detectedAt) {}

    /** {@code org.proficio.progression.competency-mastered.v1} */
    public record CompetencyMastered(
            String learnerId, UUID competencyId, UUID frameworkId, UUID evidenceId, OffsetDateTime masteredAt) {}
}
