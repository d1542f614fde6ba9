package org.proficio.competency.pathway;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.pathway-defined.v1}: the full definition of a graduation pathway after a
 * create or a change.
 */
public record PathwayDefined(
        UUID pathwayId,
        String name,
        String diploma,
        String description,
        BigDecimal minCredits,
        List<RequiredCourse> requiredCourses,
        List<RequiredCompetency> requiredCompetencies,
        int revision,
        OffsetDateTime definedAt) {

    public record RequiredCourse(UUID courseId, String code) {}

    public record RequiredCompetency(UUID competencyId, UUID frameworkId) {}

    static PathwayDefined of(Pathway p, PathwayViews.PathwayView view) {
        return new PathwayDefined(
                p.id,
                p.name,
                p.diploma,
                p.description,
                p.minCredits,
                view.requiredCourses().stream()
                        .map(c -> new RequiredCourse(c.id(), c.code()))
                        .toList(),
                view.requiredCompetencies().stream()
                        .map(c -> new RequiredCompetency(c.id(), c.frameworkId()))
                        .toList(),
                p.revision,
                p.updatedAt);
    }
}
