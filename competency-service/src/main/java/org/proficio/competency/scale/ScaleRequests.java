package org.proficio.competency.scale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to define a proficiency scale. */
public final class ScaleRequests {

    /** More levels than this stop being a scale anyone can tell apart. */
    public static final int MAX_LEVELS = 10;

    private ScaleRequests() {}

    @Schema(
            name = "NewScale",
            description = "Levels lowest first, scores strictly increasing, the top levels (at least one, not all)"
                    + " proficient.")
    public record NewScale(
            @NotBlank @Size(max = 100) @Schema(examples = "Five-level habits of work")
            String name,

            @Size(max = 2000) @Schema(examples = "Used for the habits-of-work dispositions.")
            String description,

            @NotNull @Size(max = MAX_LEVELS) List<@NotNull @Valid NewLevel> levels) {}

    @Schema(name = "NewScaleLevel")
    public record NewLevel(
            @NotBlank
            @Size(max = 50)
            @Pattern(
                    regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*",
                    message = "letters, digits, '_', '.', '-', starting with a letter or digit")
            @Schema(examples = "emerging")
            String code,

            @NotBlank @Size(max = 100) @Schema(examples = "Emerging")
            String label,

            @Size(max = 2000) @Schema(examples = "Shows the habit now and then, when reminded.")
            String description,

            @NotNull @Digits(integer = 6, fraction = 4) @Schema(examples = "1")
            BigDecimal score,

            @Schema(description = "whether work at this level counts as proficient; default false")
            boolean proficient) {}
}
