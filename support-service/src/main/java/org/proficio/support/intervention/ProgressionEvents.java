package org.proficio.support.intervention;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of the progression events support acts on, the fields it uses. Constraints mirror the events' JSON Schemas:
 * data that breaks them is unreadable and goes to the dead letters.
 */
public final class ProgressionEvents {

    private ProgressionEvents() {}

    /** {@code org.proficio.progression.learner-struggling.v1} */
    public record LearnerStruggling(
            @NotBlank String learnerId,
            @NotNull UUID competencyId,
            @NotNull UUID frameworkId,
            @Min(0) int consecutiveNonProficient,
            UUID evidenceId,
            String explanation,
            OffsetDateTime detectedAt) {}

    /** {@code org.proficio.progression.competency-mastered.v1} */
    public record CompetencyMastered(
            @NotBlank String learnerId,
            @NotNull UUID competencyId,
            @NotNull UUID frameworkId,
            UUID evidenceId,
            OffsetDateTime masteredAt) {}
}
