package org.proficio.assessment.evidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceScore.Basis;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;

/** What clients get back about evidence. Times are UTC. */
public final class EvidenceViews {

    private EvidenceViews() {}

    @Schema(name = "Evidence")
    public record EvidenceView(
            UUID id,
            String learnerId,

            @Schema(description = "The first competency it is judged on (see competencies for all)")
            UUID competencyId,

            UUID frameworkId,

            @Schema(description = "The assessment it is an attempt at, when the submitter named one")
            UUID assessmentId,

            @Schema(description = "Which attempt at that assessment, 1 = first")
            Integer attempt,

            AssessmentView assessment,

            @Schema(description = "AWAITING_SCORES, MODERATION_REQUIRED or FINAL: the least advanced competency")
            EvidenceAlignment.Status status,

            List<CompetencyView> competencies,
            String sourceId,
            OffsetDateTime observedAt,
            OffsetDateTime submittedAt,
            String submittedBy,
            ArtifactView artifact,
            String text,
            OutsideSchoolView outsideSchool,

            @Schema(description = "The final score on the first competency; absent while it awaits scoring")
            ScoreView score) {

        public static EvidenceView of(Evidence e) {
            List<CompetencyView> competencies = e.alignments.stream()
                    .map(a -> new CompetencyView(
                            a.competencyId,
                            a.status,
                            e.finalScore(a.competencyId).map(ScoreView::of).orElse(null)))
                    .toList();
            return new EvidenceView(
                    e.id,
                    e.learnerId,
                    e.competencyId,
                    e.frameworkId,
                    e.assessmentId,
                    e.attempt,
                    new AssessmentView(e.assessmentTitle, e.assessmentKind, e.modality),
                    e.status(),
                    competencies,
                    e.sourceId,
                    utc(e.observedAt),
                    utc(e.submittedAt),
                    e.submittedBy,
                    e.artifact == null
                            ? null
                            : new ArtifactView(
                                    e.artifact.url, e.artifact.mediaType, e.artifact.checksum, e.artifact.title),
                    e.text,
                    e.outsideSchool == null
                            ? null
                            : new OutsideSchoolView(
                                    e.outsideSchool.setting,
                                    new VerifierView(
                                            e.outsideSchool.verifierName,
                                            e.outsideSchool.verifierRole,
                                            e.outsideSchool.verifierContact)),
                    e.finalScore(e.competencyId).map(ScoreView::of).orElse(null));
        }
    }

    @Schema(name = "EvidenceAssessment")
    public record AssessmentView(String title, AssessmentKind kind, Modality modality) {}

    @Schema(name = "EvidenceCompetency", description = "A competency the evidence is judged on.")
    public record CompetencyView(
            UUID competencyId,
            EvidenceAlignment.Status status,

            @Schema(description = "The final score; absent until there is one")
            ScoreView score) {}

    @Schema(name = "EvidenceArtifact")
    public record ArtifactView(String url, String mediaType, String checksum, String title) {}

    @Schema(name = "EvidenceOutsideSchool")
    public record OutsideSchoolView(String setting, VerifierView verifier) {}

    @Schema(name = "EvidenceVerifier")
    public record VerifierView(String name, String role, String contact) {}

    @Schema(name = "EvidenceScore", description = "A final score with the rubric criteria levels and feedback.")
    public record ScoreView(
            String level,
            BigDecimal score,
            boolean proficient,
            Basis basis,
            List<CriterionLevel> criteria,
            String feedback,
            OffsetDateTime scoredAt) {

        static ScoreView of(EvidenceScore s) {
            return new ScoreView(
                    s.level,
                    s.score,
                    s.proficient,
                    s.basis,
                    s.criteria == null ? List.of() : s.criteria,
                    s.feedback,
                    utc(s.scoredAt));
        }
    }

    /** Rows come back in the driver's offset; answers always say UTC, so a replayed answer is byte-identical. */
    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
