package org.proficio.assessment.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;

/** What raters and moderators send. */
public final class ScoringRequests {

    public static final int MAX_FEEDBACK = 4000;

    public static final int MAX_CRITERIA = 50;

    private ScoringRequests() {}

    @Schema(
            name = "NewRaterScore",
            description = "A rater's own score of a piece of evidence on one competency, on the framework's scale.")
    public record NewRaterScore(
            @Schema(description = "The competency scored; may be left out when the evidence is judged on one only")
            UUID competencyId,

            @NotBlank
            @Size(max = 50)
            @Schema(description = "Code of a level of the framework's scale", examples = "proficient")
            String level,

            @Size(max = MAX_CRITERIA)
            @Schema(description = "Levels per criterion of the assessment's rubric that judges this competency")
            List<@NotNull @Valid CriterionScore> criteria,

            @Size(max = MAX_FEEDBACK) @Schema(description = "What the student reads once the score is final")
            String feedback) {}

    @Schema(
            name = "ModerationDecision",
            description = "A moderator's final score of a competency on which the raters disagreed.")
    public record ModerationDecision(
            @NotNull @Schema(description = "The competency in moderation")
            UUID competencyId,

            @NotBlank
            @Size(max = 50)
            @Schema(description = "Code of a level of the framework's scale", examples = "developing")
            String level,

            @Size(max = MAX_CRITERIA) @Schema(description = "Levels per rubric criterion")
            List<@NotNull @Valid CriterionScore> criteria,

            @Size(max = MAX_FEEDBACK) @Schema(description = "What the student reads")
            String feedback) {}

    @Schema(name = "CriterionScore", description = "The level given to one rubric criterion.")
    public record CriterionScore(
            @NotNull UUID criterionId,

            @NotBlank @Size(max = 50) @Schema(examples = "proficient")
            String level) {

        CriterionLevel toLevel() {
            return new CriterionLevel(criterionId, level);
        }
    }
}
