package org.proficio.competency.resource;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to add or replace a learning resource. */
public final class ResourceRequests {

    public static final int MAX_MINUTES = 600;

    private ResourceRequests() {}

    @Schema(name = "LearningResourceInput", description = "A learning resource; PUT replaces every field.")
    public record ResourceInput(
            @NotBlank @Size(max = 300) @Schema(examples = "Intro to ratios (Khan Academy)")
            String title,

            @NotBlank
            @Size(max = 2000)
            @WebLink
            @Schema(
                    description = "absolute http(s) URL",
                    examples = "https://www.khanacademy.org/math/cc-sixth-grade-math/cc-6th-ratios-prop-topic")
            String link,

            @NotNull @Schema(examples = "VIDEO") LearningResource.Modality modality,

            @NotNull
            @Min(1)
            @Max(MAX_MINUTES)
            @Schema(description = "how long a learner typically needs, 1..600", examples = "15")
            Integer expectedMinutes,

            @Size(max = 10_000) @Schema(examples = "Short video introducing ratio language.")
            String description,

            @Size(max = 35)
            @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag")
            @Schema(examples = "en")
            String language) {}
}
