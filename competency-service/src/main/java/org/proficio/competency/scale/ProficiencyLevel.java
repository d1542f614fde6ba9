package org.proficio.competency.scale;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One level of a proficiency scale as the rest of the catalog uses it (e.g. copied into a framework's scale).
 *
 * @param description what a learner at this level can do, in words students and families can read
 * @param proficient whether work at this level counts as having shown proficiency
 */
@Schema(name = "ProficiencyLevel")
public record ProficiencyLevel(
        @Schema(examples = "proficient") String code,
        @Schema(examples = "Proficient") String label,

        @Schema(examples = "Shows the skill fully and independently; meets the standard.")
        String description,

        @Schema(examples = "3") BigDecimal score,
        boolean proficient) {}
