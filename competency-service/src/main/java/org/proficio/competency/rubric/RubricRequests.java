package org.proficio.competency.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to create a rubric. */
public final class RubricRequests {

    public static final int MAX_CRITERIA = 200;

    /** More descriptors than any scale has levels (a scale has at most 10; imported ones a few more). */
    public static final int MAX_DESCRIPTORS = 20;

    private RubricRequests() {}

    @Schema(
            name = "NewRubric",
            description = "Criteria, each judging one competency of the framework, with what work at each level of the"
                    + " framework's scale looks like.")
    public record NewRubric(
            @NotBlank @Size(max = 300) @Schema(examples = "Ratio reasoning performance task")
            String title,

            @Size(max = 10_000) @Schema(examples = "Used for the unit 2 performance task.")
            String description,

            @NotNull @Size(min = 1, max = MAX_CRITERIA) List<@NotNull @Valid NewCriterion> criteria) {}

    @Schema(name = "NewRubricCriterion")
    public record NewCriterion(
            @NotNull @Schema(description = "a competency of the rubric's framework")
            UUID competencyId,

            @Size(max = 200) @Schema(examples = "Reasoning") String category,

            @Size(max = 10_000) @Schema(examples = "Uses ratio language to describe a relationship.")
            String description,

            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 4) @Schema(examples = "1")
            BigDecimal weight,

            @NotNull @Size(min = 1, max = MAX_DESCRIPTORS) List<@NotNull @Valid NewDescriptor> levels) {}

    @Schema(name = "NewRubricLevel", description = "The descriptor of one level of the framework's scale.")
    public record NewDescriptor(
            @NotBlank
            @Size(max = 50)
            @Schema(description = "code of a level of the framework's scale", examples = "proficient")
            String scaleLevel,

            @NotBlank
            @Size(max = 10_000)
            @Schema(
                    description = "what work at this level looks like, in words students and families can read",
                    examples = "Describes the ratio between two quantities correctly, using ratio language.")
            String description,

            @Size(max = 10_000) @Schema(examples = "Next: try a ratio with three quantities.")
            String feedback) {}
}
