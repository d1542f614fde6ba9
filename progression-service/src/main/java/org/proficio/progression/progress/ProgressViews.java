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

            @Schema(description = "the mastery policy's value on the framework's scale", examples = "2.53")
            BigDecimal value,

            @Schema(description = "the scale level the value falls in", examples = "developing")
            String level,

            int evidenceCount,

            @Schema(description = "the level of the latest score", examples = "developing")
            String lastLevel,

            OffsetDateTime updatedAt) {

        static CompetencyStatus of(CatalogCompetency named, Mastery standing) {
            UUID competencyId = named != null ? named.id : standing.competencyId;
            UUID frameworkId = named != null ? named.frameworkId : standing.frameworkId;
            String code = named != null ? named.code : null;
            String statement = named != null ? named.statement : null;
            if (standing == null) {
                return new CompetencyStatus(
                        competencyId,
                        frameworkId,
                        code,
                        statement,
                        MasteryStatus.NOT_STARTED,
                        null,
                        null,
                        0,
                        null,
                        null);
            }
            return new CompetencyStatus(
                    competencyId,
                    frameworkId,
                    code,
                    statement,
                    standing.status,
                    standing.value,
                    standing.level,
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

            @Schema(description = "the mastery policy's value on the framework's scale", examples = "1.65")
            BigDecimal value,

            @Schema(description = "the scale level the value falls in", examples = "beginning")
            String level,

            @Schema(description = "the version of the mastery policy that judged it, 0 for the built-in one")
            int policyVersion,

            int evidenceCount,

            @Schema(description = "scores at or above proficient")
            int proficientEvidenceCount,

            @Schema(description = "the latest scores below proficient, in a row")
            int consecutiveNonProficient,

            int summativeCount,

            @Schema(description = "the modalities of the evidence so far", examples = "[\"PROJECT\", \"TEST\"]")
            List<String> modalities,

            @Schema(description = "when the learning behind the first score was observed")
            OffsetDateTime firstEvidenceAt,

            @Schema(description = "when the learning behind the last score was observed")
            OffsetDateTime lastEvidenceAt,

            @Schema(description = "an educator's override holds, and why")
            OverrideView override,

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
                    status.value(),
                    status.level(),
                    standing == null ? 0 : standing.policyVersion,
                    status.evidenceCount(),
                    standing == null ? 0 : standing.proficientCount,
                    standing == null ? 0 : standing.consecutiveNonProficient,
                    standing == null ? 0 : standing.summativeCount,
                    standing == null ? List.of() : standing.modalities,
                    standing == null ? null : standing.firstEvidenceAt,
                    standing == null ? null : standing.lastEvidenceAt,
                    standing == null || !standing.overridden() ? null : OverrideView.of(standing),
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

    @Schema(
            name = "OverrideInForce",
            description = "The status an educator set by hand, which holds over the mastery policy.")
    public record OverrideView(
            @Schema(examples = "MASTERED") MasteryStatus status,
            String reason,
            String overriddenBy,
            OffsetDateTime overriddenAt) {

        static OverrideView of(Mastery standing) {
            return new OverrideView(
                    standing.overrideStatus, standing.overrideReason, standing.overriddenBy, standing.overriddenAt);
        }
    }

    @Schema(
            name = "MasteryDecision",
            description = "One decision in brief: what caused it and why (the full record, with the scores judged and"
                    + " the computation: .../decisions).")
    public record DecisionView(
            @Schema(examples = "EVIDENCE") MasteryDecision.Cause cause,

            @Schema(description = "the evidence that caused it (cause EVIDENCE)")
            UUID evidenceId,

            @Schema(description = "the level of that evidence's score", examples = "developing")
            String level,

            Boolean proficient,
            @Schema(examples = "IN_PROGRESS") MasteryStatus previousStatus,
            @Schema(examples = "STRUGGLING") MasteryStatus status,

            @Schema(
                    examples = "Struggling: the last 2 scores were below proficient (3); the most recent score is 2"
                            + " (Developing).")
            String reason,

            OffsetDateTime decidedAt) {

        static DecisionView of(MasteryDecision d) {
            return new DecisionView(
                    d.cause, d.evidenceId, d.level, d.proficient, d.previousStatus, d.status, d.reason, d.decidedAt);
        }
    }
}
