package org.proficio.assessment.learner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The data of {@code org.proficio.progression.learner-registered.v1}, as far as the read model keeps it. */
public record LearnerRegistered(
        @NotBlank String learnerId, @NotNull @Positive Integer revision, boolean active, boolean flagged) {}
