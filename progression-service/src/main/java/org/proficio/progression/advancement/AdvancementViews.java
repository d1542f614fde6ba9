package org.proficio.progression.advancement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.catalog.CatalogCompetency;
import org.proficio.catalog.CatalogResource;
import org.proficio.progression.mastery.Mastery;
import org.proficio.progression.mastery.MasteryStatus;
import org.proficio.progression.readiness.ReadinessView;

/** What clients get back about a learner's targets, credits and pathways. */
public final class AdvancementViews {

    private AdvancementViews() {}

    @Schema(
            name = "LearningTargets",
            description = "The competencies of the learner's plan she is working on now: not mastered yet, every"
                    + " prerequisite mastered; in plan order.")
    public record TargetsView(@Schema(examples = "s-0001") String learnerId, List<TargetView> targets) {}

    @Schema(name = "LearningTarget")
    public record TargetView(
            UUID competencyId,
            UUID frameworkId,
            @Schema(examples = "6.RP.A.1") String code,
            String statement,
            @Schema(examples = "IN_PROGRESS") MasteryStatus status,

            @Schema(description = "the mastery policy's value on the framework's scale", examples = "2.4")
            BigDecimal value,

            @Schema(examples = "developing") String level,
            int evidenceCount,

            @Schema(description = "what to do next: the learning resources the catalog links to the competency")
            List<ResourceView> nextStep,

            @Schema(
                    description = "attempts at its assessments that assessment-service refused (readiness or"
                            + " retest policy unmet), latest first, until a later summative score; empty when"
                            + " none")
            List<ReadinessView> readiness) {

        static TargetView of(
                CatalogCompetency c, Mastery m, List<ResourceView> resources, List<ReadinessView> readiness) {
            return new TargetView(
                    c.id,
                    c.frameworkId,
                    c.code,
                    c.statement,
                    m == null ? MasteryStatus.NOT_STARTED : m.status,
                    m == null ? null : m.value,
                    m == null ? null : m.level,
                    m == null ? 0 : m.evidenceCount,
                    resources,
                    readiness);
        }
    }

    @Schema(name = "LearningResourceRef")
    public record ResourceView(
            @Schema(examples = "Ratios on a double number line")
            String title,

            @Schema(examples = "https://example.org/ratios") String url,
            @Schema(examples = "video") String modality,
            @Schema(examples = "15") Integer expectedMinutes) {

        static ResourceView of(CatalogResource r) {
            return new ResourceView(r.title, r.url, r.modality, r.expectedMinutes);
        }
    }

    @Schema(name = "LearnerCredits", description = "The course credits the learner has earned by mastery.")
    public record CreditsView(
            @Schema(examples = "s-0001") String learnerId,
            @Schema(examples = "3.5") BigDecimal total,
            List<CreditView> credits) {}

    @Schema(name = "CourseCredit")
    public record CreditView(
            UUID courseId,

            @Schema(description = "null while the catalog read model does not know the course", examples = "ALG1")
            String code,

            @Schema(examples = "Algebra I") String title,
            @Schema(examples = "1.0") BigDecimal credits,
            OffsetDateTime awardedAt) {}

    @Schema(
            name = "PathwayProgress",
            description = "How far the learner is on a graduation pathway of her plan: what is done, what is missing,"
                    + " and when she completes it at her pace.")
    public record PathwayProgressView(
            @Schema(examples = "s-0001") String learnerId,
            UUID pathwayId,
            @Schema(examples = "STEM pathway") String name,
            @Schema(examples = "Standard Diploma") String diploma,
            boolean met,
            OffsetDateTime metAt,

            @Schema(description = "credits earned, on any course")
            BigDecimal creditsEarned,

            @Schema(description = "credits the pathway asks for; null when it asks for none")
            BigDecimal minCredits,

            List<PathwayCourseView> courses,
            List<PathwayCompetencyView> competencies,

            @Schema(description = "required courses whose credit is not earned yet")
            List<UUID> missingCourses,

            @Schema(description = "required competencies not mastered yet")
            List<UUID> missingCompetencies,

            @Schema(
                    description = "competencies still to master: the required ones and those of required courses"
                            + " without credit")
            int remainingCompetencies,

            @Schema(
                    description = "competencies of the pathway she masters per week, since her first evidence on"
                            + " them; null before she masters one",
                    examples = "0.75")
            BigDecimal pacePerWeek,

            @Schema(
                    description = "when she completes the pathway at that pace; null without a pace; today when"
                            + " nothing remains")
            LocalDate projectedCompletion,

            @Schema(description = "the target date of the pathway on her plan")
            LocalDate targetDate,

            @Schema(
                    description = "competencies a week from today to the target date (rounded up); 0 when nothing"
                            + " remains; null without a target date, or when it is today or past and something"
                            + " remains",
                    examples = "1.25")
            BigDecimal expectedPacePerWeek,

            @Schema(
                    description = "whether she completes by the target date at her pace (true when nothing remains;"
                            + " false when the target date is today or past and something remains); null without a"
                            + " target date, or without a pace yet")
            Boolean onPace) {}

    @Schema(name = "PathwayCourse")
    public record PathwayCourseView(
            UUID courseId,
            @Schema(examples = "ALG1") String code,
            @Schema(examples = "Algebra I") String title,
            BigDecimal credits,
            boolean earned,

            @Schema(description = "of the course's competencies, how many are mastered")
            int mastered,

            int competencies) {}

    @Schema(name = "PathwayCompetency")
    public record PathwayCompetencyView(
            UUID competencyId, @Schema(examples = "ALG.2") String code, MasteryStatus status) {}

    @Schema(
            name = "ProgressSummary",
            description = "A learner's progress in one small object, for dashboards: her plan's competencies by status,"
                    + " her current targets, her credits and her pathways.")
    public record SummaryView(
            @Schema(examples = "s-0001") String learnerId,

            @Schema(description = "competencies of her plan (its courses' and its pathways')")
            int planCompetencies,

            @Schema(description = "of those, how many have each status")
            Map<MasteryStatus, Integer> byStatus,

            @Schema(description = "her current targets, in plan order")
            List<TargetBrief> currentTargets,

            BigDecimal creditsEarned,
            List<PathwayBrief> pathways,

            @Schema(description = "competencies on which she is stalled now (an open pacing episode)")
            int stalled) {}

    @Schema(name = "TargetBrief")
    public record TargetBrief(
            UUID competencyId,
            @Schema(examples = "6.RP.A.1") String code,
            MasteryStatus status) {}

    @Schema(name = "PathwayBrief")
    public record PathwayBrief(
            UUID pathwayId,
            @Schema(examples = "STEM pathway") String name,
            boolean met) {}

    @Schema(
            name = "CourseProgress",
            description = "A learner's standing on every competency of one course, and whether she earned its credit.")
    public record CourseProgressView(
            @Schema(examples = "s-0001") String learnerId,
            UUID courseId,
            @Schema(examples = "ALG1") String code,
            @Schema(examples = "Algebra I") String title,
            BigDecimal credits,
            boolean earned,
            OffsetDateTime earnedAt,

            @Schema(description = "of the course's competencies, how many are mastered")
            int mastered,

            List<CourseCompetencyView> competencies) {}

    @Schema(
            name = "FrameworkProgress",
            description = "A learner's standing on a framework's competencies in the framework's order (parentId gives"
                    + " the tree), by default only those of her plan; paged")
    public record FrameworkProgressView(
            @Schema(examples = "s-0001") String learnerId,
            UUID frameworkId,
            @Schema(enumeration = {"plan", "all"}) String scope,
            List<FrameworkCompetencyView> items,

            @Schema(description = "pass back as cursor for the next page; absent on the last")
            String nextCursor) {}

    @Schema(name = "FrameworkCompetency")
    public record FrameworkCompetencyView(
            UUID competencyId,

            @Schema(description = "the competency it sits under in the framework; absent at the top")
            UUID parentId,

            @Schema(examples = "6.RP.A.1") String code,
            String statement,
            MasteryStatus status,
            BigDecimal value,
            @Schema(examples = "developing") String level,
            int evidenceCount,

            @Schema(description = "whether a course or pathway of her plan includes it")
            boolean onPlan) {

        static FrameworkCompetencyView of(CatalogCompetency c, Mastery m, boolean onPlan) {
            return new FrameworkCompetencyView(
                    c.id,
                    c.parentId,
                    c.code,
                    c.statement,
                    m == null ? MasteryStatus.NOT_STARTED : m.status,
                    m == null ? null : m.value,
                    m == null ? null : m.level,
                    m == null ? 0 : m.evidenceCount,
                    onPlan);
        }
    }

    @Schema(name = "CourseCompetency")
    public record CourseCompetencyView(
            UUID competencyId,
            UUID frameworkId,
            @Schema(examples = "ALG.1") String code,
            String statement,
            MasteryStatus status,
            BigDecimal value,
            @Schema(examples = "developing") String level,
            int evidenceCount) {

        static CourseCompetencyView of(CatalogCompetency c, Mastery m) {
            return of(c.id, c.frameworkId, c.code, c.statement, m);
        }

        static CourseCompetencyView of(UUID id, UUID frameworkId, String code, String statement, Mastery m) {
            return new CourseCompetencyView(
                    id,
                    frameworkId,
                    code,
                    statement,
                    m == null ? MasteryStatus.NOT_STARTED : m.status,
                    m == null ? null : m.value,
                    m == null ? null : m.level,
                    m == null ? 0 : m.evidenceCount);
        }
    }

    @Schema(
            name = "Growth",
            description = "How the learner's standing on each competency of her plan moved over time: one point per"
                    + " decision (a score judged, an override, a policy change), oldest first.")
    public record GrowthView(@Schema(examples = "s-0001") String learnerId, List<CompetencyGrowth> competencies) {}

    @Schema(name = "CompetencyGrowth")
    public record CompetencyGrowth(
            UUID competencyId, @Schema(examples = "ALG.1") String code, List<GrowthPoint> points) {}

    @Schema(name = "GrowthPoint")
    public record GrowthPoint(
            OffsetDateTime at,
            @Schema(examples = "2.6") BigDecimal value,
            @Schema(examples = "developing") String level,
            MasteryStatus status,
            @Schema(examples = "EVIDENCE") String cause) {}
}
