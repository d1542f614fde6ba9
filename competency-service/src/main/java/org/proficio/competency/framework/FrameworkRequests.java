package org.proficio.competency.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to create a framework. */
public final class FrameworkRequests {

    /** Upper bound on one framework's competencies per request; larger catalogs come in through CASE import. */
    public static final int MAX_COMPETENCIES = 5000;

    private FrameworkRequests() {}

    @Schema(name = "NewFramework", description = "A draft framework with its competency tree.")
    public record NewFramework(
            @NotBlank @Size(max = 300) @Schema(examples = "Ratios and Proportional Reasoning")
            String title,

            @Size(max = 100) @Schema(examples = "Mathematics")
            String subject,

            @Size(max = 50) @Schema(examples = "1.0") String version,
            @Size(max = 35) @Schema(examples = "en") String language,
            @NotNull @Size(min = 1, max = MAX_COMPETENCIES) List<@NotNull @Valid NewCompetency> competencies) {}

    @Schema(name = "NewCompetency", description = "One node of the tree; parentCode names another node's code.")
    public record NewCompetency(
            @NotBlank @Size(max = 100) @Schema(examples = "6.RP.A.1")
            String code,

            @NotBlank
            @Size(max = 10_000)
            @Schema(
                    examples =
                            "Understand the concept of a ratio and use ratio language to describe a ratio relationship between two quantities.")
            String statement,

            @Size(max = 100) @Schema(examples = "6.RP.A") String parentCode) {}
}
