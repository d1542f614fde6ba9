package org.proficio.assessment.evidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients get back about evidence. Times are UTC. */
public final class EvidenceViews {

    private EvidenceViews() {}

    @Schema(name = "Evidence")
    public record EvidenceView(
            UUID id,
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            AssessmentView assessment,
            String sourceId,
            OffsetDateTime observedAt,
            OffsetDateTime submittedAt,
            ArtifactView artifact,

            @Schema(description = "The final score; absent while the evidence awaits scoring")
            ScoreView score) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(
                    e.id,
                    e.learnerId,
                    e.competencyId,
                    e.frameworkId,
                    new AssessmentView(e.assessmentTitle, e.assessmentKind, e.modality),
                    e.sourceId,
                    utc(e.observedAt),
                    utc(e.submittedAt),
                    e.artifact == null
                            ? null
                            : new ArtifactView(e.artifact.url, e.artifact.mediaType, e.artifact.title),
                    e.finalScore().map(ScoreView::of).orElse(null));
        }
    }

    @Schema(name = "EvidenceAssessment")
    public record AssessmentView(String title, AssessmentKind kind, Modality modality) {}

    @Schema(name = "EvidenceArtifact")
    public record ArtifactView(String url, String mediaType, String title) {}

    @Schema(name = "EvidenceScore")
    public record ScoreView(String level, BigDecimal score, boolean proficient, OffsetDateTime scoredAt) {

        static ScoreView of(EvidenceScore s) {
            return new ScoreView(s.level, s.score, s.proficient, utc(s.scoredAt));
        }
    }

    /** Rows come back in the driver's offset; answers always say UTC, so a replayed answer is byte-identical. */
    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
