package org.proficio.competency.framework;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.framework-published.v1}: a full snapshot of the framework, so that the
 * read models downstream never need to call back. Fields after {@code prerequisites} were added after the first
 * release and are optional in the schema.
 */
public record FrameworkPublished(
        UUID frameworkId,
        String title,
        String version,
        OffsetDateTime publishedAt,
        Scale scale,
        List<Item> competencies,
        List<Prerequisite> prerequisites,
        String identifier,
        UUID supersedes,
        List<String> subjects,
        List<String> educationLevels,
        String language,
        Framework.Origin origin,
        List<RubricSnapshot> rubrics,
        List<ResourceSnapshot> resources,
        List<CourseSnapshot> courses) {

    public record Scale(List<Level> levels) {}

    public record Level(String code, String label, BigDecimal score, boolean proficient, String description) {}

    /** {@code code} is the human coding scheme when there is one, else the identifier: never empty. */
    public record Item(
            UUID id,
            String code,
            String statement,
            UUID parentId,
            int position,
            String identifier,
            String humanCodingScheme,
            String abbreviatedStatement,
            Competency.Kind kind,
            String itemType,
            List<String> educationLevels,
            List<String> keywords) {

        static Item of(Competency c) {
            return new Item(
                    c.id,
                    c.code == null || c.code.isBlank() ? c.identifier : c.code,
                    c.statement,
                    c.parentId,
                    c.position,
                    c.identifier,
                    c.code,
                    c.abbreviatedStatement,
                    c.kind,
                    c.itemType,
                    c.educationLevels,
                    c.keywords);
        }
    }

    /** {@code competencyId} is mastered after {@code prerequisiteId}, which may be in another framework. */
    public record Prerequisite(UUID competencyId, UUID prerequisiteId) {}

    public record RubricSnapshot(UUID id, String title, List<CriterionSnapshot> criteria) {}

    public record CriterionSnapshot(
            UUID id, UUID competencyId, String description, BigDecimal weight, List<LevelDescriptor> levels) {}

    public record LevelDescriptor(String scaleLevel, String quality, String description, BigDecimal score) {}

    public record ResourceSnapshot(
            UUID id, UUID competencyId, String title, String url, String modality, Integer expectedMinutes) {}

    public record CourseSnapshot(UUID id, String code, String title, BigDecimal credits, List<UUID> competencyIds) {}
}
