package org.proficio.competency.course;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to define a course. */
public final class CourseRequests {

    public static final int MAX_COMPETENCIES = 1000;

    private CourseRequests() {}

    @Schema(name = "CourseInput", description = "A course; PUT replaces every field.")
    public record CourseInput(
            @NotBlank
            @Size(max = 50)
            @Schema(description = "unique in the district, ignoring case", examples = "MATH-6")
            String code,

            @NotBlank @Size(max = 300) @Schema(examples = "Grade 6 Mathematics")
            String title,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 3, fraction = 2)
            @Schema(description = "credit earned when every competency is mastered", examples = "1.0")
            BigDecimal credits,

            @Size(max = 10_000) @Schema(examples = "Ratios, expressions and statistics.")
            String description,

            @NotNull
            @Size(min = 1, max = MAX_COMPETENCIES)
            @Schema(description = "competencies of the district's draft or published frameworks")
            List<@NotNull UUID> competencyIds) {}
}
