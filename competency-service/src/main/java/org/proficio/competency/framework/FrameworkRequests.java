package org.proficio.competency.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to create or change a framework. */
public final class FrameworkRequests {

    /** Upper bound on one framework's competencies per request; larger catalogs come in through CASE import. */
    public static final int MAX_COMPETENCIES = 5000;

    private FrameworkRequests() {}

    @Schema(
            name = "NewFramework",
            description = "A draft framework with its competency tree. Also the body of a draft's replacement (PUT).")
    public record NewFramework(
            @NotBlank @Size(max = 300) @Schema(examples = "Ratios and Proportional Reasoning")
            String title,

            @Size(max = 100) @Schema(examples = "Mathematics", description = "Main subject; see also subjects")
            String subject,

            @Size(max = 50) @Schema(examples = "1.0") String version,
            @Size(max = 35) @Schema(examples = "en") String language,
            @NotNull @Size(min = 1, max = MAX_COMPETENCIES) List<@NotNull @Valid NewCompetency> competencies,

            @Size(max = 20) @Schema(examples = "[\"Mathematics\", \"STEM\"]")
            List<@NotBlank @Size(max = 100) String> subjects,

            @Size(max = 20) @Schema(examples = "[\"06\", \"07\"]", description = "CEDS grade levels, e.g. KG, 01..12")
            List<@NotBlank @Size(max = 20) String> educationLevels,

            @Size(max = 20_000) String description,
            @Size(max = 300) @Schema(examples = "CC BY 4.0") String licence,

            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            String sourceUri,

            @Schema(description = "A scale of the district (GET /api/v1/scales); default: the district's default scale")
            UUID scaleId) {

        /** The short form: title, subject, version, language and the tree. */
        public NewFramework(
                String title, String subject, String version, String language, List<NewCompetency> competencies) {
            this(title, subject, version, language, competencies, null, null, null, null, null, null);
        }
    }

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

            @Size(max = 100) @Schema(examples = "6.RP.A") String parentCode,

            @Size(max = 300) @Schema(examples = "Understand ratios")
            String abbreviatedStatement,

            @Schema(examples = "ACADEMIC") Competency.Kind kind,
            @Size(max = 100) @Schema(examples = "Standard") String itemType,
            @Size(max = 20) List<@NotBlank @Size(max = 20) String> educationLevels,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> keywords,

            @Size(max = 200)
            @Schema(
                    description =
                            "Keeps a competency's identity when a draft is replaced (PUT); defaults to the one with the same code")
            String identifier) {

        /** The short form: code, statement and parent. */
        public NewCompetency(String code, String statement, String parentCode) {
            this(code, statement, parentCode, null, null, null, null, null, null);
        }
    }
}
