package org.proficio.support.intervention;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients get back about interventions. */
public final class InterventionViews {

    private InterventionViews() {}

    @Schema(name = "Intervention", description = "Support for a learner stuck on a competency.")
    public record InterventionView(
            UUID id,
            @Schema(examples = "s-0001") String learnerId,
            UUID competencyId,
            UUID frameworkId,
            @Schema(examples = "OPEN") InterventionStatus status,

            @Schema(examples = "2 consecutive scores below proficient")
            String reason,

            OffsetDateTime openedAt,

            @Schema(examples = "competency mastered", description = "absent while open")
            String resolution,

            OffsetDateTime resolvedAt) {

        static InterventionView of(Intervention i) {
            return new InterventionView(
                    i.id,
                    i.learnerId,
                    i.competencyId,
                    i.frameworkId,
                    i.status,
                    i.reason,
                    i.openedAt,
                    i.resolution,
                    i.resolvedAt);
        }
    }
}
