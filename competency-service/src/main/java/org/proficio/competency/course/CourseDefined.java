package org.proficio.competency.course;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.course-defined.v1}: the full definition of a course after a create or a
 * change, so that the credit bookkeeping downstream never needs to call back.
 */
public record CourseDefined(
        UUID courseId,
        String code,
        String title,
        BigDecimal credits,
        String description,
        List<CompetencyOfCourse> competencies,
        int revision,
        OffsetDateTime definedAt) {

    public record CompetencyOfCourse(UUID competencyId, UUID frameworkId) {}

    static CourseDefined of(Course course, List<CatalogCompetencies.RefView> competencies, OffsetDateTime at) {
        return new CourseDefined(
                course.id,
                course.code,
                course.title,
                course.credits,
                course.description,
                competencies.stream()
                        .map(c -> new CompetencyOfCourse(c.id(), c.frameworkId()))
                        .toList(),
                course.revision,
                at);
    }
}
