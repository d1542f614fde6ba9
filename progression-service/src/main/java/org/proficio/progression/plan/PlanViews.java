package org.proficio.progression.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.catalog.CatalogCourse;
import org.proficio.catalog.CatalogPathway;
import org.proficio.progression.learner.RosterIds;
import org.proficio.progression.learner.RosterSource;

/** What clients send and get back about learning plans. */
public final class PlanViews {

    private PlanViews() {}

    @Schema(name = "PlanCourseInput", description = "When the learner is expected to work on the course.")
    public record PlanCourseInput(
            @Schema(examples = "2026-09-01") LocalDate startDate,

            @Schema(
                    description = "when she is expected to have mastered it; not before startDate",
                    examples = "2027-06-15")
            LocalDate targetDate) {}

    @Schema(name = "EnrollmentInput", description = "One enrollment of a bulk request.")
    public record EnrollmentInput(
            @NotNull
            @Pattern(regexp = RosterIds.PATTERN, message = RosterIds.MESSAGE)
            @Schema(required = true, examples = "s-0001")
            String learnerId,

            @NotNull @Schema(required = true, description = "a course of the district's catalog")
            UUID courseId,

            @Schema(examples = "2026-09-01") LocalDate startDate,
            @Schema(examples = "2027-06-15") LocalDate targetDate) {

        Enrollment enrollment() {
            return new Enrollment(learnerId, courseId, startDate, targetDate);
        }
    }

    @Schema(name = "EnrollmentBatch", description = "Up to 1,000 enrollments, written together or not at all.")
    public record EnrollmentBatch(
            @NotNull @Size(min = 1, max = 1000) @Schema(required = true)
            List<@NotNull @Valid EnrollmentInput> enrollments) {}

    @Schema(name = "PlanCourse", description = "A course on the learner's plan, as the catalog names it.")
    public record PlanCourseView(
            UUID courseId,

            @Schema(description = "null while the catalog read model does not know the course", examples = "ALG1")
            String code,

            @Schema(examples = "Algebra I") String title,
            @Schema(examples = "1.0") BigDecimal credits,
            LocalDate startDate,
            LocalDate targetDate,
            RosterSource source,
            OffsetDateTime enrolledAt) {

        static PlanCourseView of(PlanCourse p, CatalogCourse c) {
            return new PlanCourseView(
                    p.courseId,
                    c == null ? null : c.code,
                    c == null ? null : c.title,
                    c == null ? null : c.credits,
                    p.startDate,
                    p.targetDate,
                    p.source,
                    p.enrolledAt);
        }
    }

    @Schema(name = "PlanPathway", description = "A graduation pathway on the learner's plan, as the catalog names it.")
    public record PlanPathwayView(
            UUID pathwayId,

            @Schema(description = "null while the catalog read model does not know the pathway", examples = "STEM")
            String name,

            @Schema(examples = "Standard Diploma") String diploma,
            LocalDate startDate,
            LocalDate targetDate,
            RosterSource source,
            OffsetDateTime enrolledAt) {

        static PlanPathwayView of(PlanPathway p, CatalogPathway c) {
            return new PlanPathwayView(
                    p.pathwayId,
                    c == null ? null : c.name,
                    c == null ? null : c.diploma,
                    p.startDate,
                    p.targetDate,
                    p.source,
                    p.enrolledAt);
        }
    }

    @Schema(name = "LearningPlan", description = "What the learner is working toward.")
    public record PlanView(
            @Schema(examples = "s-0001") String learnerId,
            List<PlanCourseView> courses,
            List<PlanPathwayView> pathways) {}
}
