package org.proficio.assessment.readiness;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients get back about preparation and readiness. Times are UTC. */
public final class ReadinessViews {

    private ReadinessViews() {}

    @Schema(name = "Preparation")
    public record PreparationView(
            UUID id,
            String learnerId,
            UUID assessmentId,
            String activity,
            LocalDate completedOn,
            String verifiedBy,
            String recordedBy,

            @Schema(description = "Counts for a retest when later than the previous attempt's submission")
            OffsetDateTime recordedAt) {

        public static PreparationView of(Preparation p) {
            return new PreparationView(
                    p.id,
                    p.learnerId,
                    p.assessmentId,
                    p.activity,
                    p.completedOn,
                    p.verifiedBy,
                    p.recordedBy,
                    utc(p.recordedAt));
        }
    }

    @Schema(name = "ReadinessConfirmation")
    public record ConfirmationView(
            UUID id, String learnerId, UUID assessmentId, String note, String confirmedBy, OffsetDateTime confirmedAt) {

        public static ConfirmationView of(ReadinessConfirmation c) {
            return new ConfirmationView(c.id, c.learnerId, c.assessmentId, c.note, c.confirmedBy, utc(c.confirmedAt));
        }
    }

    @Schema(
            name = "Readiness",
            description = "Whether the learner may make the next attempt at the assessment now, and what is missing:"
                    + " the same evaluation evidence intake applies.")
    public record ReadinessView(
            UUID assessmentId,

            @Schema(description = "true when an attempt submitted now would be admitted")
            boolean ready,

            @Schema(description = "The number the next attempt gets")
            int nextAttempt,

            @Schema(description = "NOT_READY or RETEST_REFUSED while not ready")
            Refusal refusal,

            @Schema(description = "The conditions not met yet; empty when ready")
            List<Unmet> unmet,

            AttemptsView attempts) {

        public static ReadinessView of(Evaluation e) {
            Evaluation.History h = e.attempts();
            return new ReadinessView(
                    e.assessmentId(),
                    e.admitted(),
                    e.nextAttempt(),
                    e.refusal(),
                    e.unmet(),
                    new AttemptsView(h.made(), h.max(), utc(h.lastAt()), h.lastProficient(), utc(h.nextAllowedAt())));
        }
    }

    @Schema(name = "AttemptHistory", description = "The learner's attempts at the assessment so far.")
    public record AttemptsView(
            @Schema(description = "Attempts made") int made,

            @Schema(description = "Attempts allowed in all; absent = no limit")
            Integer max,

            @Schema(description = "When the latest attempt was submitted")
            OffsetDateTime lastAt,

            @Schema(
                    description =
                            "Whether the latest attempt was proficient on every competency; absent while unscored")
            Boolean lastProficient,

            @Schema(description = "When the cooldown after the latest, non-proficient attempt ends")
            OffsetDateTime nextAllowedAt) {}

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
