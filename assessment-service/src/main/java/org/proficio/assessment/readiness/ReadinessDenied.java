package org.proficio.assessment.readiness;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.assessment.assessment.AssessmentKind;

/**
 * {@code org.proficio.assessment.readiness-denied.v1}: an attempt at an assessment was refused because the learner
 * did not meet its readiness or retest policy (JSON Schema in the platform's {@code events/}).
 *
 * @param attempt the attempt that was refused
 */
record ReadinessDenied(
        String learnerId,
        UUID assessmentId,
        AssessmentKind assessmentKind,
        List<UUID> competencyIds,
        UUID frameworkId,
        Refusal refusal,
        int attempt,
        List<Unmet> unmet,
        OffsetDateTime deniedAt) {

    static ReadinessDenied of(Evaluation e) {
        return new ReadinessDenied(
                e.learnerId(),
                e.assessmentId(),
                e.assessmentKind(),
                e.competencyIds(),
                e.frameworkId(),
                e.refusal(),
                e.nextAttempt(),
                e.unmet(),
                e.at());
    }
}
