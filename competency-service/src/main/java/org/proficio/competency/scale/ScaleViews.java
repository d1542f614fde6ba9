package org.proficio.competency.scale;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients get back about proficiency scales. */
public final class ScaleViews {

    private ScaleViews() {}

    @Schema(name = "ProficiencyScale")
    public record ScaleView(
            UUID id,
            @Schema(examples = "Default") String name,
            String description,

            @Schema(description = "true for the district's default scale, which exists without being created")
            boolean builtIn,

            @Schema(description = "absent for the default scale")
            OffsetDateTime createdAt,

            @Schema(description = "lowest first") List<ProficiencyLevel> levels,

            @Schema(
                    description = "code of the lowest proficient level: work at it or above shows proficiency",
                    examples = "proficient")
            String proficientFrom) {

        static ScaleView of(ProficiencyScale scale) {
            return of(
                    scale.id,
                    scale.name,
                    scale.description,
                    false,
                    scale.createdAt,
                    scale.levels.stream().map(ProficiencyScaleLevel::toLevel).toList());
        }

        static ScaleView ofDefault(String district) {
            return of(
                    DefaultScale.id(district),
                    DefaultScale.NAME,
                    DefaultScale.DESCRIPTION,
                    true,
                    null,
                    DefaultScale.LEVELS);
        }

        private static ScaleView of(
                UUID id,
                String name,
                String description,
                boolean builtIn,
                OffsetDateTime createdAt,
                List<ProficiencyLevel> levels) {
            String proficientFrom = levels.stream()
                    .filter(ProficiencyLevel::proficient)
                    .map(ProficiencyLevel::code)
                    .findFirst()
                    .orElse(null);
            return new ScaleView(id, name, description, builtIn, createdAt, levels, proficientFrom);
        }
    }
}
