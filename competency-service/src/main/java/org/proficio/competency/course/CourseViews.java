package org.proficio.competency.course;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.competency.course.CatalogCompetencies.Ref;
import org.proficio.competency.course.CatalogCompetencies.RefView;

/** What clients get back about courses. */
public final class CourseViews {

    private CourseViews() {}

    @Schema(name = "Course")
    public record CourseView(
            UUID id,
            String code,
            String title,
            BigDecimal credits,
            String description,

            @Schema(description = "whose mastery earns the credit; competencies of drafts only for district admins")
            List<RefView> competencies,

            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(description = "also the ETag") int revision) {

        static CourseView of(Course c, Map<UUID, Ref> refs, boolean seesDrafts) {
            return new CourseView(
                    c.id,
                    c.code,
                    c.title,
                    c.credits,
                    c.description,
                    RefView.of(c.competencyIds, refs, seesDrafts),
                    c.createdAt,
                    c.updatedAt,
                    c.revision);
        }
    }
}
