package org.proficio.progression.readiness;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.proficio.assessment.readiness-denied.v1}, the fields the next step uses: an attempt at an
 * assessment was refused because the learner did not meet its readiness (NOT_READY) or retest (RETEST_REFUSED)
 * policy.
 */
public record ReadinessDenied(
        @NotBlank String learnerId,
        @NotNull UUID assessmentId,
        @NotBlank String assessmentKind,
        @NotEmpty List<@NotNull UUID> competencyIds,
        @NotBlank String refusal,
        @NotNull Integer attempt,
        @NotNull List<@Valid Unmet> unmet,
        @NotNull OffsetDateTime deniedAt) {

    /** A condition of the policy she did not meet. */
    public record Unmet(@NotBlank String condition, String detail) {}
}
