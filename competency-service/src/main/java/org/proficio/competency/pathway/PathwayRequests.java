package org.proficio.competency.pathway;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to define a graduation pathway. */
public final class PathwayRequests {

    public static final int MAX_COURSES = 500;
    public static final int MAX_COMPETENCIES = 1000;

    private PathwayRequests() {}

    @Schema(
            name = "PathwayInput",
            description = "A graduation pathway: at least one of requiredCourses, minCredits, requiredCompetencyIds."
                    + " PUT replaces every field.")
    public record PathwayInput(
            @NotBlank @Size(max = 200) @Schema(examples = "STEM pathway")
            String name,

            @NotBlank @Size(max = 200) @Schema(description = "the diploma it leads to", examples = "Standard Diploma")
            String diploma,

            @Size(max = 10_000) String description,

            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 4, fraction = 2)
            @Schema(description = "credits the learner must have earned in all", examples = "22")
            BigDecimal minCredits,

            @Size(max = MAX_COURSES)
            @Schema(description = "courses the learner must earn, each by course id or code", examples = "[\"MATH-6\"]")
            List<@NotBlank @Size(max = 50) String> requiredCourses,

            @Size(max = MAX_COMPETENCIES)
            @Schema(description = "competencies the learner must master, of draft or published frameworks")
            List<@NotNull UUID> requiredCompetencyIds) {

        List<String> courses() {
            return requiredCourses == null ? List.of() : requiredCourses;
        }

        List<UUID> competencyIds() {
            return requiredCompetencyIds == null ? List.of() : requiredCompetencyIds;
        }
    }
}
