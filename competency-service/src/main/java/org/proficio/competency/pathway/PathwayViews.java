package org.proficio.competency.pathway;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.competency.course.CatalogCompetencies.Ref;
import org.proficio.competency.course.CatalogCompetencies.RefView;
import org.proficio.competency.course.Course;

/** What clients get back about graduation pathways. */
public final class PathwayViews {

    private PathwayViews() {}

    @Schema(name = "Pathway")
    public record PathwayView(
            UUID id,
            @Schema(examples = "STEM pathway") String name,
            @Schema(examples = "Standard Diploma") String diploma,
            String description,
            BigDecimal minCredits,
            List<CourseRef> requiredCourses,

            @Schema(description = "competencies of drafts only for district admins")
            List<RefView> requiredCompetencies,

            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(description = "also the ETag") int revision) {

        static PathwayView of(Pathway p, Map<UUID, Course> courses, Map<UUID, Ref> competencies, boolean seesDrafts) {
            return new PathwayView(
                    p.id,
                    p.name,
                    p.diploma,
                    p.description,
                    p.minCredits,
                    p.requiredCourseIds.stream()
                            .map(courses::get)
                            .filter(c -> c != null)
                            .map(CourseRef::of)
                            .sorted(Comparator.comparing(CourseRef::code, String.CASE_INSENSITIVE_ORDER))
                            .toList(),
                    RefView.of(p.requiredCompetencyIds, competencies, seesDrafts),
                    p.createdAt,
                    p.updatedAt,
                    p.revision);
        }
    }

    @Schema(name = "CourseReference")
    public record CourseRef(
            UUID id, @Schema(examples = "MATH-6") String code, String title, BigDecimal credits) {

        static CourseRef of(Course c) {
            return new CourseRef(c.id, c.code, c.title, c.credits);
        }
    }
}
