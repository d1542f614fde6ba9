package org.proficio.assessment.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.assessment.assessment.Calibration.Agreement;

/** What clients send to define an assessment. Absent policies take the documented defaults. */
public final class AssessmentRequests {

    /** Ids from other systems: printable ASCII without spaces, so they survive URLs, logs and CSV exports. */
    public static final String EXTERNAL_ID = "\\p{Graph}+";

    public static final String EXTERNAL_ID_MESSAGE = "must be printable ASCII characters without spaces";

    public static final int MAX_COMPETENCIES = 50;

    private AssessmentRequests() {}

    @Schema(name = "NewAssessment", description = "An assessment aligned to competencies of one published framework.")
    public record NewAssessment(
            @NotBlank @Size(max = 300) @Schema(examples = "Ratio project defense")
            String title,

            @Size(max = 4000) String description,
            @NotNull AssessmentKind kind,
            @NotNull Modality modality,

            @NotEmpty
            @Size(max = MAX_COMPETENCIES)
            @Schema(description = "Competencies of one published framework of your district, at least one")
            List<@NotNull UUID> competencyIds,

            @Schema(description = "A rubric of the same framework that raters score with")
            UUID rubricId,

            @Size(max = 2000)
            @Pattern(regexp = "\\S+", message = "must be an IRI without spaces")
            @Schema(
                    description = "xAPI activity IRI: statements about it become evidence of this assessment",
                    examples = "https://lms.example.org/xapi/activities/ratio-project")
            String activityId,

            @Size(max = 200)
            @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
            @Schema(description = "Your own id for this assessment", examples = "lms-assessment-42")
            String sourceId,

            @Valid CalibrationRequest calibration,
            @Valid ReadinessRequest readiness,
            @Valid RetestRequest retest,
            @Valid StudentSubmissionRequest studentSubmission) {}

    @Schema(
            name = "AssessmentCalibration",
            description = "Blind multi-rater scoring. Default: 1 rater (the first score is final), ADJACENT agreement.")
    public record CalibrationRequest(
            @Min(1) @Max(10) @Schema(description = "raters who must score each piece of evidence", examples = "2")
            Integer ratersRequired,

            @Schema(
                    description = "EXACT: same level; ADJACENT: same level or neighbouring levels on the same"
                            + " side of the proficient line")
            Agreement agreement) {}

    @Schema(
            name = "AssessmentReadiness",
            description = "What a learner must show before a SUMMATIVE attempt. Default for summative assessments:"
                    + " 1 formative piece of evidence on each competency, no confirmation.")
    public record ReadinessRequest(
            @Min(0) @Max(50) @Schema(description = "formative evidence needed on each competency", examples = "2")
            Integer formativeEvidence,

            @Schema(description = "whether an educator must record that the learner is ready")
            Boolean confirmationRequired) {}

    @Schema(
            name = "AssessmentRetest",
            description = "When a learner may try again after a non-proficient attempt. Default: new preparation"
                    + " required, no cooldown, no attempt limit.")
    public record RetestRequest(
            Boolean preparationRequired,

            @Schema(description = "ISO-8601 duration to wait after an attempt", examples = "P2D")
            Duration cooldown,

            @Min(1) @Max(100) @Schema(description = "attempts allowed in all; absent = no limit", examples = "3")
            Integer maxAttempts) {}

    @Schema(
            name = "AssessmentStudentSubmission",
            description = "Whether learners may submit their own work (unscored) as evidence of this assessment, and"
                    + " so as an attempt at it. When not allowed, a student's POST /api/v1/evidence (or bulk item)"
                    + " naming the assessment is refused with 403 and writes nothing; integrations, educators and"
                    + " district admins always may. Default: allowed for FORMATIVE assessments, not allowed for"
                    + " INTERIM and SUMMATIVE ones.",
            examples = "{\"allowed\": false}")
    public record StudentSubmissionRequest(
            @Schema(
                    description = "true: a student's own submission is evidence of (and an attempt at) this"
                            + " assessment; false: only integrations, educators and district admins submit it",
                    examples = "false")
            Boolean allowed) {}
}
