package org.proficio.assessment.readiness;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.assessment.assessment.AssessmentKind;

/**
 * Whether a learner may make the next attempt at an assessment now: the outcome of {@link Attempts#evaluate}, the
 * same for evidence intake (which refuses the attempt unless {@link #admitted()}) and for {@code GET .../readiness}.
 *
 * @param nextAttempt the number the next attempt gets (1 for the first)
 * @param unmet the conditions not met, readiness conditions first; empty when the attempt is admitted
 * @param at when it was evaluated
 */
public record Evaluation(
        String learnerId,
        UUID assessmentId,
        AssessmentKind assessmentKind,
        List<UUID> competencyIds,
        UUID frameworkId,
        int nextAttempt,
        List<Unmet> unmet,
        History attempts,
        OffsetDateTime at) {

    public Evaluation {
        competencyIds = List.copyOf(competencyIds);
        unmet = List.copyOf(unmet);
    }

    /**
     * The learner's attempts at the assessment so far.
     *
     * @param made attempts made
     * @param max attempts allowed in all, or null for no limit
     * @param lastAt when the latest attempt was submitted, or null without attempts
     * @param lastProficient whether every competency of the latest attempt was scored proficient; null without
     *     attempts or while the latest is not fully scored
     * @param nextAllowedAt when the cooldown after the latest, non-proficient attempt ends; null when no cooldown applies
     */
    public record History(
            int made, Integer max, OffsetDateTime lastAt, Boolean lastProficient, OffsetDateTime nextAllowedAt) {}

    public boolean admitted() {
        return unmet.isEmpty();
    }

    /** Why the attempt is refused, or null when it is admitted. */
    public Refusal refusal() {
        if (admitted()) {
            return null;
        }
        return unmet.stream().anyMatch(u -> u.condition().retest()) ? Refusal.RETEST_REFUSED : Refusal.NOT_READY;
    }
}
