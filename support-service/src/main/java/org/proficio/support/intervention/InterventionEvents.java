package org.proficio.support.intervention;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of the events support publishes; each matches its JSON Schema in the platform's {@code events/}. */
public final class InterventionEvents {

    private InterventionEvents() {}

    /** {@code org.proficio.support.intervention-opened.v1} */
    public record InterventionOpened(
            UUID interventionId,
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            String reason,
            OffsetDateTime openedAt) {

        static InterventionOpened of(Intervention i) {
            return new InterventionOpened(i.id, i.learnerId, i.competencyId, i.frameworkId, i.reason, i.openedAt);
        }
    }

    /** {@code org.proficio.support.intervention-resolved.v1} */
    public record InterventionResolved(
            UUID interventionId,
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            String resolution,
            OffsetDateTime resolvedAt) {

        static InterventionResolved of(Intervention i) {
            return new InterventionResolved(
                    i.id, i.learnerId, i.competencyId, i.frameworkId, i.resolution, i.resolvedAt);
        }
    }
}
