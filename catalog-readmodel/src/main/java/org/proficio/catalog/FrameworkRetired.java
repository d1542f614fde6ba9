package org.proficio.catalog;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.framework-retired.v1}: a published framework was retired, possibly in
 * favour of a newer version ({@code supersededBy}). Constraints mirror the event's JSON Schema.
 */
public record FrameworkRetired(
        @NotNull UUID frameworkId,
        String identifier,
        @NotNull OffsetDateTime retiredAt,
        UUID supersededBy) {}
