package org.proficio.assessment.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.framework-published.v1} as this service reads it: the parts of the
 * snapshot the catalog keeps. The constraints mirror the event's JSON Schema; a snapshot that breaks them is
 * unreadable and goes to the dead letters instead of half-updating the read model.
 */
public record FrameworkPublished(
        @NotNull UUID frameworkId,
        @NotBlank String title,
        @NotBlank String version,
        @NotNull OffsetDateTime publishedAt,
        @NotNull @Valid Scale scale,
        @NotNull List<@NotNull @Valid Item> competencies) {

    public record Scale(@NotEmpty List<@NotNull @Valid Level> levels) {}

    public record Level(
            @NotBlank String code,
            @NotBlank String label,
            @NotNull BigDecimal score,
            @NotNull Boolean proficient) {}

    public record Item(
            @NotNull UUID id,
            @NotBlank String code,
            @NotBlank String statement,
            UUID parentId,
            @NotNull @PositiveOrZero Integer position) {}
}
