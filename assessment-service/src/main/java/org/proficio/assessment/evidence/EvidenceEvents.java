package org.proficio.assessment.evidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of the events evidence intake publishes (JSON Schemas in the platform's {@code events/}). */
final class EvidenceEvents {

    private EvidenceEvents() {}

    /** {@code org.proficio.assessment.evidence-submitted.v1}: a piece of evidence arrived. */
    record EvidenceSubmitted(
            UUID evidenceId,
            String learnerId,
            List<UUID> competencyIds,
            UUID frameworkId,
            AssessmentKind assessmentKind,
            Modality modality,
            OffsetDateTime submittedAt) {

        static EvidenceSubmitted of(Evidence e) {
            return new EvidenceSubmitted(
                    e.id,
                    e.learnerId,
                    List.of(e.competencyId),
                    e.frameworkId,
                    e.assessmentKind,
                    e.modality,
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
                    s.scoredAt);
        }
    }
}
