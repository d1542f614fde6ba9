package org.proficio.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The data of {@code org.proficio.competency.pathway-defined.v1}, as far as the read model keeps it. */
public record PathwayDefined(
        @NotNull UUID pathwayId,
        @NotBlank String name,
        @NotBlank String diploma,
        BigDecimal minCredits,
        @NotNull List<@NotNull @Valid CourseRef> requiredCourses,
        @NotNull List<@NotNull @Valid CompetencyRef> requiredCompetencies,
        @NotNull @PositiveOrZero Integer revision,
        @NotNull OffsetDateTime definedAt) {

    public record CourseRef(@NotNull UUID courseId) {}

    public record CompetencyRef(@NotNull UUID competencyId) {}
}
