package org.proficio.competency.framework;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.framework-published.v1}: a full snapshot of the framework, so that the
 * read models downstream never need to call back.
 */
public record FrameworkPublished(
        UUID frameworkId,
        String title,
        String version,
        OffsetDateTime publishedAt,
        Scale scale,
        List<Item> competencies,
        List<Prerequisite> prerequisites) {

    public record Scale(List<Level> levels) {}

    public record Level(String code, String label, BigDecimal score, boolean proficient) {}

    public record Item(UUID id, String code, String statement, UUID parentId, int position) {}

    public record Prerequisite(UUID competencyId, UUID prerequisiteId) {}

    static FrameworkPublished of(Framework f) {
        return new FrameworkPublished(
                f.id,
                f.title,
                f.version,
                f.publishedAt,
                new Scale(f.scale.stream()
                        .map(l -> new Level(l.code, l.label, l.score, l.proficient))
                        .toList()),
                f.competencies.stream()
                        .map(c -> new Item(c.id, c.code, c.statement, c.parentId, c.position))
                        .toList(),
                List.of());
    }
}
