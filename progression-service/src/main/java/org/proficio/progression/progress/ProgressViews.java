package org.proficio.progression.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.catalog.CatalogCompetency;
import org.proficio.catalog.CatalogScaleLevel;
import org.proficio.progression.mastery.Mastery;
import org.proficio.progression.mastery.MasteryDecision;
import org.proficio.progression.mastery.MasteryStatus;

/** What clients get back about a learner's progress. */
public final class ProgressViews {

    private ProgressViews() {}

    @Schema(name = "LearnerProgress", description = "A learner's status on every competency of the district.")
    public record LearnerProgress(
            @Schema(examples = "s-0001") String learnerId, List<CompetencyStatus> competencies) {}

    @Schema(
            name = "CompetencyStatus",
            description = "Where the learner stands on one competency; code and statement are absent while the"
                    + " competency's framework has not reached this service yet.")
    public record CompetencyStatus(
            UUID competencyId,
            UUID frameworkId,
            @Schema(examples = "6.RP.A.1") String code,
            String statement,
            @Schema(examples = "IN_PROGRESS") MasteryStatus status,
            int evidenceCount,
            @Schema(examples = "developing") String lastLevel,
            OffsetDateTime updatedAt) {

        static CompetencyStatus of(CatalogCompetency named, Mastery standing) {
            UUID competencyId = named != null ? named.id : standing.competencyId;
            UUID frameworkId = named != null ? named.frameworkId : standing.frameworkId;
            String code = named != null ? named.code : null;
            String statement = named != null ? named.statement : null;
            if (standing == null) {
                return new CompetencyStatus(
                        competencyId, frameworkId, code, statement, MasteryStatus.NOT_STARTED, 0, null, null);
            }
            return new CompetencyStatus(
                    competencyId,
                    frameworkId,
                    code,
                    statement,
                    standing.status,
                    standing.evidenceCount,
                    standing.lastLevel,
                    standing.updatedAt);
        }
    }

    @Schema(
            name = "CompetencyProgress",
            description = "A learner's standing on one competency, the scale it is judged on, and every decision"
                    + " with its reason.")
    public record CompetencyProgress(
            @Schema(examples = "s-0001") String learnerId,
            UUID competencyId,
            UUID frameworkId,
            @Schema(examples = "6.RP.A.1") String code,
            String statement,
            @Schema(examples = "STRUGGLING") MasteryStatus status,
            int evidenceCount,
            int proficientEvidenceCount,

            @Schema(description = "scores below proficient since the last proficient one")
            int consecutiveNonProficient,

            @Schema(examples = "developing") String lastLevel,
            UUID lastEvidenceId,
            OffsetDateTime updatedAt,
            List<ScaleLevelView> scale,
            List<DecisionView> history) {

        static CompetencyProgress of(
                String learnerId,
                CatalogCompetency named,
                Mastery standing,
                List<CatalogScaleLevel> scale,
                List<MasteryDecision> history) {
            CompetencyStatus status = CompetencyStatus.of(named, standing);
            return new CompetencyProgress(
                    learnerId,
                    status.competencyId(),
                    status.frameworkId(),
                    status.code(),
                    status.statement(),
                    status.status(),
                    status.evidenceCount(),
                    standing == null ? 0 : standing.proficientCount,
                    standing == null ? 0 : standing.consecutiveNonProficient,
                    status.lastLevel(),
                    standing == null ? null : standing.lastEvidenceId,
                    status.updatedAt(),
                    scale.stream().map(ScaleLevelView::of).toList(),
                    history.stream().map(DecisionView::of).toList());
        }
    }

    @Schema(name = "ProgressScaleLevel", description = "A level of the proficiency scale the competency is judged on.")
    public record ScaleLevelView(
            @Schema(examples = "proficient") String code,
            @Schema(examples = "Proficient") String label,
            @Schema(examples = "3") BigDecimal score,
            boolean proficient) {

        static ScaleLevelView of(CatalogScaleLevel level) {
            return new ScaleLevelView(level.code, level.label, level.score, level.proficient);
        }
    }

    @Schema(name = "MasteryDecision", description = "What one scored piece of evidence meant, and why.")
    public record DecisionView(
            UUID evidenceId,
            @Schema(examples = "developing") String level,
            boolean proficient,
            @Schema(examples = "IN_PROGRESS") MasteryStatus previousStatus,
            @Schema(examples = "STRUGGLING") MasteryStatus status,

            @Schema(examples = "2 consecutive scores below proficient (threshold 2); last score developing.")
            String reason,

            OffsetDateTime decidedAt) {

        static DecisionView of(MasteryDecision d) {
            return new DecisionView(
                    d.evidenceId, d.level, d.proficient, d.previousStatus, d.status, d.reason, d.decidedAt);
        }
    }
}
