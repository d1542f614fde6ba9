package org.proficio.assessment.scoring;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.assessment.assessment.Calibration.Agreement;
import org.proficio.assessment.evidence.EvidenceAlignment;
import org.proficio.assessment.evidence.EvidenceScore;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;
import org.proficio.assessment.evidence.EvidenceViews.ScoreView;

/** What raters and moderators get back. Times are UTC. */
public final class ScoringViews {

    private ScoringViews() {}

    @Schema(name = "RaterScore", description = "One rater's score of a competency.")
    public record RaterScoreView(
            String rater,
            String level,
            boolean proficient,
            List<CriterionLevel> criteria,
            String feedback,
            OffsetDateTime scoredAt) {

        static RaterScoreView of(RaterScore s) {
            return new RaterScoreView(
                    s.rater,
                    s.level,
                    s.proficient,
                    s.criteria == null ? List.of() : s.criteria,
                    s.feedback,
                    utc(s.scoredAt));
        }
    }

    @Schema(name = "RaterScoreResult", description = "The score you gave and where the competency stands now.")
    public record ScoreResult(
            UUID evidenceId,
            UUID competencyId,

            @Schema(description = "Your score") RaterScoreView score,

            @Schema(description = "AWAITING_SCORES, MODERATION_REQUIRED or FINAL")
            EvidenceAlignment.Status status,

            int ratersRequired,
            int ratersScored,

            @Schema(description = "The final score, when yours completed the calibration and the raters agreed")
            ScoreView finalScore) {}

    @Schema(
            name = "EvidenceRaterScores",
            description = "The rater scores of a piece of evidence, as far as you may see them.")
    public record EvidenceScores(
            UUID evidenceId,
            String learnerId,
            UUID assessmentId,

            @Schema(description = "The assessment's agreement rule (ADJACENT for evidence without an assessment)")
            Agreement agreement,

            List<CompetencyScores> competencies) {}

    @Schema(
            name = "CompetencyRaterScores",
            description = "Where the scoring of one competency stands. The other raters' scores are shown only once"
                    + " you scored it yourself, or when it is FINAL or MODERATION_REQUIRED and you are not one of its"
                    + " raters (a moderator).")
    public record CompetencyScores(
            UUID competencyId,
            EvidenceAlignment.Status status,
            int ratersRequired,
            int ratersScored,

            @Schema(description = "Your own score; absent until you scored")
            RaterScoreView yourScore,

            @Schema(description = "Whether otherScores lists the other raters' scores (false: hidden, blind)")
            boolean othersVisible,

            @Schema(description = "The other raters' scores in scoring order; empty while hidden")
            List<RaterScoreView> otherScores,

            @Schema(description = "The final score, once there is one")
            ScoreView finalScore) {}

    @Schema(name = "RaterLevel", description = "The level one rater gave.")
    public record RaterLevel(String rater, String level) {}

    @Schema(name = "ModerationItem", description = "A competency of a piece of evidence on which the raters disagreed.")
    public record ModerationItem(
            UUID evidenceId,
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            UUID assessmentId,
            String assessmentTitle,

            @Schema(description = "When the last rater scored and the disagreement showed")
            OffsetDateTime requiredAt,

            @Schema(description = "The raters' levels in scoring order")
            List<RaterLevel> raterLevels) {}

    static ScoreView finalScore(EvidenceScore s) {
        return s == null
                ? null
                : new ScoreView(
                        s.level,
                        s.score,
                        s.proficient,
                        s.basis,
                        s.criteria == null ? List.of() : s.criteria,
                        s.feedback,
                        utc(s.scoredAt));
    }

    /** Rows come back in the driver's offset; answers always say UTC, so a replayed answer is byte-identical. */
    static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
