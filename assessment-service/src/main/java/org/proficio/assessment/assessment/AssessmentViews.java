package org.proficio.assessment.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.assessment.assessment.Calibration.Agreement;

/** What clients get back about assessments. Times are UTC. */
public final class AssessmentViews {

    private AssessmentViews() {}

    @Schema(name = "Assessment")
    public record AssessmentView(
            UUID id,
            String title,
            String description,
            AssessmentKind kind,
            Modality modality,
            UUID frameworkId,
            List<UUID> competencyIds,
            UUID rubricId,
            String activityId,
            String sourceId,
            CalibrationView calibration,
            ReadinessView readiness,
            RetestView retest,
            StudentSubmissionView studentSubmission,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            int revision) {

        public static AssessmentView of(Assessment a) {
            return new AssessmentView(
                    a.id,
                    a.title,
                    a.description,
                    a.kind,
                    a.modality,
                    a.frameworkId,
                    List.copyOf(a.competencyIds),
                    a.rubricId,
                    a.activityId,
                    a.sourceId,
                    new CalibrationView(a.calibration.ratersRequired, a.calibration.agreement),
                    new ReadinessView(a.readiness.formativeEvidence, a.readiness.confirmationRequired),
                    new RetestView(
                            a.retest.preparationRequired, a.retest.cooldown().toString(), a.retest.maxAttempts),
                    new StudentSubmissionView(a.studentSubmissionAllowed),
                    a.createdBy,
                    utc(a.createdAt),
                    utc(a.updatedAt),
                    a.revision);
        }
    }

    @Schema(name = "AssessmentCalibrationView")
    public record CalibrationView(int ratersRequired, Agreement agreement) {}

    @Schema(name = "AssessmentReadinessView")
    public record ReadinessView(int formativeEvidence, boolean confirmationRequired) {}

    @Schema(name = "AssessmentRetestView")
    public record RetestView(
            boolean preparationRequired,

            @Schema(description = "ISO-8601 duration", examples = "PT48H")
            String cooldown,

            Integer maxAttempts) {}

    @Schema(
            name = "AssessmentStudentSubmissionView",
            description = "Whether learners may submit their own work as evidence of (an attempt at) this assessment",
            examples = "{\"allowed\": false}")
    public record StudentSubmissionView(
            @Schema(
                    description = "false: only integrations, educators and district admins submit it",
                    examples = "false")
            boolean allowed) {}

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
