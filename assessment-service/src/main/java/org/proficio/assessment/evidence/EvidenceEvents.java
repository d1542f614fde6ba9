package org.proficio.assessment.evidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.Modality;

/** Data of the events evidence intake publishes (JSON Schemas in the platform's {@code events/}). */
final class EvidenceEvents {

    private EvidenceEvents() {}

    /** {@code org.proficio.assessment.evidence-submitted.v1}: a piece of evidence arrived. */
    record EvidenceSubmitted(
            UUID evidenceId,
            String learnerId,
            List<UUID> competencyIds,
            UUID frameworkId,
            UUID assessmentId,
            Integer attempt,
            AssessmentKind assessmentKind,
            Modality modality,
            boolean awaitingScores,
            OffsetDateTime submittedAt) {

        /** @param awaitingScores whether some competency awaits its raters (no EvidenceScored will follow now) */
        static EvidenceSubmitted of(Evidence e, boolean awaitingScores) {
            return new EvidenceSubmitted(
                    e.id,
                    e.learnerId,
                    e.alignments.stream().map(a -> a.competencyId).toList(),
                    e.frameworkId,
                    e.assessmentId,
                    e.attempt,
                    e.assessmentKind,
                    e.modality,
                    awaitingScores,
                    e.submittedAt);
        }
    }

    /** {@code org.proficio.assessment.evidence-scored.v1}: the final score of evidence on one competency. */
    record EvidenceScored(
            UUID evidenceId,
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            String level,
            BigDecimal score,
            boolean proficient,
            AssessmentKind assessmentKind,
            Modality modality,
            UUID assessmentId,
            Integer attempt,
            EvidenceScore.Basis basis,
            OffsetDateTime observedAt,
            OffsetDateTime scoredAt) {

        static EvidenceScored of(Evidence e, EvidenceScore s) {
            return new EvidenceScored(
                    e.id,
                    e.learnerId,
                    s.competencyId,
                    s.frameworkId,
                    s.level,
                    s.score,
                    s.proficient,
                    e.assessmentKind,
                    e.modality,
                    e.assessmentId,
                    e.attempt,
                    s.basis,
                    e.observedAt,
                    s.scoredAt);
        }
    }
}
