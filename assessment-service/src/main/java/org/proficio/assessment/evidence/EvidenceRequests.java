package org.proficio.assessment.evidence;

import static org.proficio.assessment.assessment.AssessmentRequests.EXTERNAL_ID;
import static org.proficio.assessment.assessment.AssessmentRequests.EXTERNAL_ID_MESSAGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.AssessmentRequests;
import org.proficio.assessment.assessment.Modality;

/** What clients send to submit evidence. */
public final class EvidenceRequests {

    public static final int MAX_TEXT = 10_000;

    private EvidenceRequests() {}

    @Schema(
            name = "NewEvidence",
            description = "A learner's work as evidence of one or more competencies. Name an assessment"
                    + " (assessmentId) or describe one inline (assessment); name the competencies (competencyId or"
                    + " competencyIds), or let them default to the assessment's. With level or scores the submitter"
                    + " scores it now; without, it awaits its raters.")
    public record NewEvidence(
            @NotNull
            @Size(max = 100)
            @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
            @Schema(description = "The district's learner id", examples = "s-0001")
            String learnerId,

            @Schema(description = "An assessment of your district; its kind, modality and competencies apply")
            UUID assessmentId,

            @Schema(description = "One competency of a published framework of your district")
            UUID competencyId,

            @Size(max = AssessmentRequests.MAX_COMPETENCIES)
            @Schema(description = "Several competencies (of one framework); with an assessment, some of its own")
            List<@NotNull UUID> competencyIds,

            @Valid @Schema(description = "The assessment described inline, when you name no assessmentId")
            AssessmentInfo assessment,

            @Size(min = 1, max = 50)
            @Schema(
                    description = "Code of a level of the framework's scale: your final score on every competency"
                            + " (not for assessments that require several raters)",
                    examples = "developing")
            String level,

            @Size(max = 4000) @Schema(description = "Feedback the student reads, with level")
            String feedback,

            @Size(max = AssessmentRequests.MAX_COMPETENCIES)
            @Schema(description = "Final scores per competency, instead of one level for all")
            List<@NotNull @Valid SubmittedScore> scores,

            @Size(max = 200)
            @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
            @Schema(
                    description = "Your own id for this evidence; query it with GET /api/v1/evidence?sourceId=",
                    examples = "lms-123")
            String sourceId,

            @Schema(
                    description = "When the work was done or observed; defaults to now",
                    examples = "2026-11-20T10:15:00Z")
            OffsetDateTime observedAt,

            @Valid ArtifactRef artifact,

            @Size(max = MAX_TEXT) @Schema(description = "Short text: an answer, a reflection, observation notes")
            String text,

            @Valid @Schema(description = "Learning outside school: required for the EXTERNAL modality")
            OutsideSchoolInfo outsideSchool) {

        /** Evidence of one competency with an inline assessment and the submitter's final level (or null). */
        public static NewEvidence of(String learnerId, UUID competencyId, AssessmentInfo assessment, String level) {
            return new NewEvidence(
                    learnerId, null, competencyId, null, assessment, level, null, null, null, null, null, null, null);
        }

        /** The competencies named in the request, single and listed, without repeats. */
        public List<UUID> namedCompetencies() {
            java.util.LinkedHashSet<UUID> named = new java.util.LinkedHashSet<>();
            if (competencyId != null) {
                named.add(competencyId);
            }
            if (competencyIds != null) {
                named.addAll(competencyIds);
            }
            return List.copyOf(named);
        }

        /** Whether the submitter judges the work now. */
        public boolean scored() {
            return level != null || (scores != null && !scores.isEmpty());
        }
    }

    @Schema(name = "AssessmentInfo", description = "The assessment the evidence comes from, described inline.")
    public record AssessmentInfo(
            @NotBlank @Size(max = 300) @Schema(examples = "Exit ticket")
            String title,

            @NotNull AssessmentKind kind,
            @NotNull Modality modality) {}

    @Schema(name = "SubmittedScore", description = "The submitter's final score on one competency.")
    public record SubmittedScore(
            @NotNull UUID competencyId,

            @NotBlank @Size(max = 50) @Schema(examples = "proficient")
            String level,

            @Size(max = 4000) String feedback) {}

    @Schema(name = "ArtifactRef", description = "A link to the learner's work.")
    public record ArtifactRef(
            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            @Schema(examples = "https://lms.example.org/submissions/123")
            String url,

            @Size(max = 255)
            @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+", message = "must be a media type like application/pdf")
            @Schema(examples = "application/pdf")
            String mediaType,

            @Size(max = 200)
            @Pattern(
                    regexp = "(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})",
                    message = "must be sha256:<64 hex> or sha512:<128 hex>, lower case")
            @Schema(examples = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String checksum,

            @Size(max = 300) @Schema(examples = "Ratio tables worksheet")
            String title) {}

    @Schema(name = "OutsideSchool", description = "Where learning outside school happened and who vouches for it.")
    public record OutsideSchoolInfo(
            @NotBlank @Size(max = 500) @Schema(examples = "Summer internship at the city water utility")
            String setting,

            @NotNull @Valid Verifier verifier) {}

    @Schema(name = "Verifier", description = "Who vouches for learning outside school.")
    public record Verifier(
            @NotBlank @Size(max = 200) @Schema(examples = "Dana Reyes")
            String name,

            @Size(max = 200) @Schema(examples = "Internship supervisor")
            String role,

            @Size(max = 320) @Schema(examples = "dana.reyes@water.example.gov")
            String contact) {}
}
