package org.proficio.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.framework-published.v1}: a full snapshot of a published framework. The
 * constraints mirror the event's JSON Schema; a snapshot that breaks them is unreadable and goes to the dead letters
 * instead of half-updating the read model. Fields from {@code identifier} on were added later and are optional:
 * absent lists read as empty.
 */
public record FrameworkPublished(
        @NotNull UUID frameworkId,
        @NotBlank String title,
        @NotBlank String version,
        @NotNull OffsetDateTime publishedAt,
        @NotNull @Valid Scale scale,
        @NotNull List<@NotNull @Valid Item> competencies,
        @NotNull List<@NotNull @Valid Prerequisite> prerequisites,
        String identifier,
        UUID supersedes,
        List<@NotNull String> subjects,
        List<@NotNull String> educationLevels,
        String language,
        FrameworkOrigin origin,
        List<@NotNull @Valid Rubric> rubrics,
        List<@NotNull @Valid Resource> resources,
        List<@NotNull @Valid Course> courses) {

    public FrameworkPublished {
        subjects = orEmpty(subjects);
        educationLevels = orEmpty(educationLevels);
        rubrics = orEmpty(rubrics);
        resources = orEmpty(resources);
        courses = orEmpty(courses);
    }

    public record Scale(@NotEmpty List<@NotNull @Valid Level> levels) {}

    public record Level(
            @NotBlank String code,
            @NotBlank String label,
            @NotNull BigDecimal score,
            @NotNull Boolean proficient,
            String description) {}

    /** A competency; {@code code} is its humanCodingScheme when it has one, else its identifier. */
    public record Item(
            @NotNull UUID id,
            @NotBlank String code,
            @NotBlank String statement,
            UUID parentId,
            @NotNull @PositiveOrZero Integer position,
            String identifier,
            String humanCodingScheme,
            String abbreviatedStatement,
            CompetencyKind kind,
            String itemType,
            List<@NotNull String> educationLevels,
            List<@NotNull String> keywords) {

        public Item {
            educationLevels = orEmpty(educationLevels);
            keywords = orEmpty(keywords);
        }
    }

    /** {@code competencyId} is mastered after {@code prerequisiteId}, which may belong to another framework. */
    public record Prerequisite(
            @NotNull UUID competencyId, @NotNull UUID prerequisiteId) {}

    public record Rubric(
            @NotNull UUID id, String title, @NotNull List<@NotNull @Valid Criterion> criteria) {}

    public record Criterion(
            @NotNull UUID id,
            UUID competencyId,
            String description,
            BigDecimal weight,
            @NotNull List<@NotNull @Valid LevelDescriptor> levels) {}

    /** What a criterion looks like at one level; {@code scaleLevel} is the code of a level of the scale. */
    public record LevelDescriptor(String scaleLevel, String quality, String description, BigDecimal score) {}

    public record Resource(
            @NotNull UUID id,
            @NotNull UUID competencyId,
            @NotBlank String title,
            @NotBlank String url,
            @NotBlank String modality,
            @PositiveOrZero Integer expectedMinutes) {}

    /** A course of the district that counts a competency of this framework ({@code competencyIds} may name others). */
    public record Course(
            @NotNull UUID id,
            @NotBlank String code,
            @NotBlank String title,
            @NotNull @PositiveOrZero BigDecimal credits,
            @NotNull List<@NotNull UUID> competencyIds) {}

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
