package org.proficio.progression.mastery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code org.proficio.assessment.evidence-scored.v1}, the fields mastery uses. It carries the framework id,
 * so mastery never waits for the catalog read model. Constraints mirror the event's JSON Schema: data that breaks
 * them is unreadable and goes to the dead letters.
 *
 * @param observedAt when the learning was done or observed; absent in events written before it was added
 */
public record EvidenceScored(
        @NotNull UUID evidenceId,
        @NotBlank String learnerId,
        @NotNull UUID competencyId,
        @NotNull UUID frameworkId,
        @NotBlank String level,
        @NotNull BigDecimal score,
        @NotNull Boolean proficient,
        String assessmentKind,
        String modality,
        OffsetDateTime observedAt,
        @NotNull OffsetDateTime scoredAt) {

    /** The time scores are ordered by: when the learning was observed, or when it was scored for older events. */
    public OffsetDateTime observedOrScoredAt() {
        return observedAt != null ? observedAt : scoredAt;
    }
}
