package org.proficio.assessment.readiness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to record preparation and readiness. */
public final class ReadinessRequests {

    public static final int MAX_ACTIVITY = 500;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_NAME = 200;

    private ReadinessRequests() {}

    @Schema(
            name = "NewPreparation",
            description = "Additional preparation a learner completed for an assessment; a retest after a"
                    + " non-proficient attempt needs one recorded since that attempt.")
    public record NewPreparation(
            @NotNull @Schema(description = "An assessment of your district")
            UUID assessmentId,

            @NotBlank
            @Size(max = MAX_ACTIVITY)
            @Schema(
                    description = "What the learner did",
                    examples = "Two tutoring sessions on equivalent ratios and a corrected practice set")
            String activity,

            @NotNull @Schema(description = "The day it was completed; not in the future", examples = "2026-11-21")
            LocalDate completedOn,

            @Size(max = MAX_NAME)
            @Schema(
                    description = "Who verified it was done; defaults to you (the token's principal)",
                    examples = "Ms. Alvarez (math tutor)")
            String verifiedBy) {}

    @Schema(
            name = "NewReadinessConfirmation",
            description = "An educator's judgement that the learner is ready for an assessment.")
    public record NewConfirmation(
            @NotNull @Schema(description = "An assessment of your district")
            UUID assessmentId,

            @Size(max = MAX_NOTE)
            @Schema(
                    description = "Why the learner is ready",
                    examples = "Explained her ratio tables in conference; ready for the project defense")
            String note) {}
}
