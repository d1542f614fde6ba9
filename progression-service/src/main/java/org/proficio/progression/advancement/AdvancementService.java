package org.proficio.progression.advancement;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.catalog.CatalogCompetency;
import org.proficio.catalog.CatalogCompetencyRepository;
import org.proficio.catalog.CatalogCourse;
import org.proficio.catalog.CatalogPathway;
import org.proficio.catalog.CatalogPrerequisite;
import org.proficio.platform.paging.OpaqueCursor;
import org.proficio.platform.paging.Page;
import org.proficio.platform.persistence.Reading;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.advancement.AdvancementViews.CompetencyGrowth;
import org.proficio.progression.advancement.AdvancementViews.CourseCompetencyView;
import org.proficio.progression.advancement.AdvancementViews.CourseProgressView;
import org.proficio.progression.advancement.AdvancementViews.CreditView;
import org.proficio.progression.advancement.AdvancementViews.CreditsView;
import org.proficio.progression.advancement.AdvancementViews.FrameworkCompetencyView;
import org.proficio.progression.advancement.AdvancementViews.FrameworkProgressView;
import org.proficio.progression.advancement.AdvancementViews.GrowthPoint;
import org.proficio.progression.advancement.AdvancementViews.GrowthView;
import org.proficio.progression.advancement.AdvancementViews.PathwayBrief;
import org.proficio.progression.advancement.AdvancementViews.PathwayCompetencyView;
import org.proficio.progression.advancement.AdvancementViews.PathwayCourseView;
import org.proficio.progression.advancement.AdvancementViews.PathwayProgressView;
import org.proficio.progression.advancement.AdvancementViews.ResourceView;
import org.proficio.progression.advancement.AdvancementViews.SummaryView;
import org.proficio.progression.advancement.AdvancementViews.TargetBrief;
import org.proficio.progression.advancement.AdvancementViews.TargetView;
import org.proficio.progression.advancement.AdvancementViews.TargetsView;
import org.proficio.progression.catalog.CatalogGraph;
import org.proficio.progression.catalog.CatalogService;
import org.proficio.progression.catalog.CourseCatalog;
import org.proficio.progression.learner.LearnerRegistry;
import org.proficio.progression.learner.RosterIds;
import org.proficio.progression.mastery.Mastery;
import org.proficio.progression.mastery.MasteryDecision;
import org.proficio.progression.mastery.MasteryDecisionRepository;
import org.proficio.progression.mastery.MasteryStatus;
import org.proficio.progression.plan.PlanPathway;
import org.proficio.progression.readiness.Readiness;

/**
 * A learner's current targets with their next step, a summary for dashboards, her progress on a course, her credits,
 * and her progress on a pathway of her plan.
 */
@ApplicationScoped
public class AdvancementService {

    private final Pictures pictures;
    private final CatalogGraph graph;
    private final CatalogCompetencyRepository competencies;
    private final CourseCatalog courses;
    private final LearnerRegistry learners;
    private final MasteryDecisionRepository decisions;
    private final CatalogService catalog;
    private final Readiness readiness;
    private final ProgressReads reads;

    public AdvancementService(
            Pictures pictures,
            CatalogGraph graph,
            CatalogCompetencyRepository competencies,
            CourseCatalog courses,
            LearnerRegistry learners,
            MasteryDecisionRepository decisions,
            CatalogService catalog,
            Readiness readiness,
            ProgressReads reads) {
        this.pictures = pictures;
        this.graph = graph;
        this.competencies = competencies;
        this.courses = courses;
        this.learners = learners;
        this.decisions = decisions;
        this.catalog = catalog;
        this.readiness = readiness;
        this.reads = reads;
    }

    /** The competencies of her plan not mastered yet whose prerequisites are all mastered, with their resources. */
    @WithSession
    public Uni<TargetsView> targets(String district, String learnerId) {
        return Reading.only()
                .chain(() -> learners.registered(district, learnerId))
                .replaceWithVoid()
                .chain(() -> pictures.of(district, learnerId))
                .chain(picture -> targetsOf(district, picture)
                        .chain(targets -> competencies
                                .listByIds(district, targets)
                                .chain(named -> graph.resourcesOf(district, targets)
                                        .chain(resources -> readiness
                                                .of(district, learnerId, targets)
                                                .map(denials -> {
                                                    Map<UUID, CatalogCompetency> byId = named.stream()
                                                            .collect(Collectors.toMap(c -> c.id, Function.identity()));
                                                    Map<UUID, List<ResourceView>> next = resources.stream()
                                                            .collect(Collectors.groupingBy(
                                                                    r -> r.competencyId,
                                                                    Collectors.mapping(
                                                                            ResourceView::of, Collectors.toList())));
                                                    return new TargetsView(
                                                            learnerId,
                                                            targets.stream()
                                                                    .filter(byId::containsKey)
                                                                    .map(c -> TargetView.of(
                                                                            byId.get(c),
                                                                            picture.standings()
                                                                                    .get(c),
                                                                            next.getOrDefault(c, List.of()),
                                                                            denials.getOrDefault(c, List.of())))
                                                                    .toList());
                                                })))));
    }

    /** Her progress in one small object: her plan by status, her targets, her credits, her pathways. */
    public Uni<SummaryView> summary(String district, String learnerId) {
        RosterIds.orNotFound(learnerId, "learner");
        return reads.summary(district, learnerId)
                .onItem()
                .ifNull()
                .failWith(() -> LearnerRegistry.unknown(learnerId))
                .map(rows -> {
                    LearnerPicture picture = rows.picture();
                    List<UUID> targets = targets(picture, open(picture), rows.prerequisites());
                    Set<UUID> plan = picture.planCompetencies();
                    Map<MasteryStatus, Integer> byStatus = new EnumMap<>(MasteryStatus.class);
                    for (MasteryStatus status : MasteryStatus.values()) {
                        byStatus.put(status, 0);
                    }
                    plan.forEach(c -> byStatus.merge(picture.statusOf(c), 1, Integer::sum));
                    return new SummaryView(
                            learnerId,
                            plan.size(),
                            byStatus,
                            targets.stream()
                                    .map(c -> new TargetBrief(c, rows.codes().get(c), picture.statusOf(c)))
                                    .toList(),
                            picture.creditsEarned(),
                            picture.planPathways().stream()
                                    .map(p -> {
                                        CatalogPathway known =
                                                picture.pathways().get(p.pathwayId);
                                        return new PathwayBrief(
                                                p.pathwayId,
                                                known == null ? null : known.name,
                                                picture.met().containsKey(p.pathwayId));
                                    })
                                    .toList(),
                            rows.stalled());
                });
    }

    /**
     * Her standing on a framework's competencies in the framework's order, a page at a time: only those of her plan
     * ({@code planOnly}), or all of them.
     */
    @WithSession
    public Uni<FrameworkProgressView> framework(
            String district, String learnerId, UUID frameworkId, boolean planOnly, String cursor, int limit) {
        int after = cursor == null ? -1 : OpaqueCursor.position(cursor, "this framework's progress");
        return Reading.only()
                .chain(() -> learners.registered(district, learnerId))
                .chain(() -> catalog.requireFramework(district, frameworkId))
                .chain(() -> pictures.of(district, learnerId))
                .chain(picture -> {
                    Set<UUID> plan = picture.planCompetencies();
                    return competencies
                            .pageOfFramework(district, frameworkId, planOnly ? plan : null, after, limit + 1)
                            .map(rows -> {
                                Page<FrameworkCompetencyView> page = Page.keyed(
                                        rows,
                                        limit,
                                        c -> FrameworkCompetencyView.of(
                                                c, picture.standings().get(c.id), plan.contains(c.id)),
                                        c -> OpaqueCursor.encode(c.position));
                                return new FrameworkProgressView(
                                        learnerId,
                                        frameworkId,
                                        planOnly ? "plan" : "all",
                                        page.items(),
                                        page.nextCursor());
                            });
                });
    }

    /** Her standing on every competency of a course of the catalog, in the course's order, and its credit. */
    public Uni<CourseProgressView> course(String district, String learnerId, UUID courseId) {
        RosterIds.orNotFound(learnerId, "learner");
        return reads.course(district, learnerId, courseId).map(rows -> {
            if (!rows.registered()) {
                throw LearnerRegistry.unknown(learnerId);
            }
            CatalogCourse course = rows.course();
            if (course == null) {
                throw ProblemException.notFound("No course " + courseId + " in your district.");
            }
            return new CourseProgressView(
                    learnerId,
                    course.courseId,
                    course.code,
                    course.title,
                    course.credits,
                    rows.earnedAt() != null,
                    rows.earnedAt(),
                    rows.mastered(),
                    rows.competencies().stream()
                            .map(c -> CourseCompetencyView.of(
                                    c.id(), c.frameworkId(), c.code(), c.statement(), c.standing()))
                            .toList());
        });
    }

    /**
     * How her standing moved on each competency of her plan (or on one competency), one point per decision, oldest
     * first; competencies without decisions are left out.
     */
    @WithSession
    public Uni<GrowthView> growth(String district, String learnerId, UUID competencyId) {
        return Reading.only()
                .chain(() -> learners.registered(district, learnerId))
                .replaceWithVoid()
                .chain(() -> competencyId != null
                        ? Uni.createFrom().item(List.of(competencyId))
                        : pictures.of(district, learnerId).map(p -> List.copyOf(p.planCompetencies())))
                .chain(ids -> decisions
                        .historyOf(district, learnerId, ids)
                        .chain(history -> competencies.listByIds(district, ids).map(named -> {
                            Map<UUID, String> codes = new HashMap<>();
                            named.forEach(c -> codes.put(c.id, c.code));
                            Map<UUID, List<GrowthPoint>> points = new java.util.LinkedHashMap<>();
                            for (MasteryDecision d : history) {
                                points.computeIfAbsent(d.competencyId, c -> new ArrayList<>())
                                        .add(new GrowthPoint(
                                                d.decidedAt, d.value, d.valueLevel, d.status, d.cause.name()));
                            }
                            return new GrowthView(
                                    learnerId,
                                    ids.stream()
                                            .filter(points::containsKey)
                                            .map(c -> new CompetencyGrowth(c, codes.get(c), points.get(c)))
                                            .toList());
                        })));
    }

    /** The competencies of her plan she has not mastered and whose prerequisites she has all mastered. */
    private Uni<List<UUID>> targetsOf(String district, LearnerPicture picture) {
        List<UUID> open = open(picture);
        return graph.prerequisitesOf(district, open).map(needs -> targets(picture, open, needs));
    }

    /** The competencies of her plan she has not mastered, in plan order. */
    private static List<UUID> open(LearnerPicture picture) {
        Set<UUID> mastered = picture.mastered();
        return picture.planCompetencies().stream()
                .filter(c -> !mastered.contains(c))
                .toList();
    }

    /** Of her open competencies, those whose prerequisites (among {@code needs}) she has all mastered. */
    private static List<UUID> targets(LearnerPicture picture, List<UUID> open, List<CatalogPrerequisite> needs) {
        Set<UUID> mastered = picture.mastered();
        Map<UUID, List<CatalogPrerequisite>> byCompetency =
                needs.stream().collect(Collectors.groupingBy(p -> p.competencyId));
        return open.stream()
                .filter(c -> byCompetency.getOrDefault(c, List.of()).stream()
                        .allMatch(p -> mastered.contains(p.prerequisiteId)))
                .toList();
    }

    /** The credits she has earned, oldest first. */
    @WithSession
    public Uni<CreditsView> credits(String district, String learnerId) {
        return Reading.only()
                .chain(() -> learners.registered(district, learnerId))
                .replaceWithVoid()
                .chain(() -> pictures.of(district, learnerId))
                .chain(picture -> {
                    List<CourseCredit> earned = picture.credits().values().stream()
                            .sorted(Comparator.comparing((CourseCredit c) -> c.awardedAt)
                                    .thenComparing(c -> c.courseId))
                            .toList();
                    return courses.byId(
                                    district,
                                    earned.stream().map(c -> c.courseId).toList())
                            .map(named -> new CreditsView(
                                    learnerId,
                                    picture.creditsEarned(),
                                    earned.stream()
                                            .map(c -> {
                                                CatalogCourse course = named.get(c.courseId);
                                                return new CreditView(
                                                        c.courseId,
                                                        course == null ? null : course.code,
                                                        course == null ? null : course.title,
                                                        c.credits,
                                                        c.awardedAt);
                                            })
                                            .toList()));
                });
    }

    /** Her progress on a pathway of her plan; 404 when the pathway is not on it. */
    @WithSession
    public Uni<PathwayProgressView> pathway(String district, String learnerId, UUID pathwayId) {
        return Reading.only()
                .chain(() -> learners.registered(district, learnerId))
                .replaceWithVoid()
                .chain(() -> pictures.of(district, learnerId))
                .chain(picture -> {
                    PlanPathway inPlan = picture.planPathways().stream()
                            .filter(p -> p.pathwayId.equals(pathwayId))
                            .findFirst()
                            .orElse(null);
                    CatalogPathway pathway = picture.pathways().get(pathwayId);
                    if (inPlan == null || pathway == null) {
                        throw ProblemException.notFound(
                                "Pathway " + pathwayId + " is not on the plan of learner " + learnerId + ".");
                    }
                    Set<UUID> ids = new LinkedHashSet<>(pathway.requiredCompetencyIds);
                    return competencies
                            .listByIds(district, List.copyOf(ids))
                            .map(named -> progress(picture, inPlan, pathway, named));
                });
    }

    private static PathwayProgressView progress(
            LearnerPicture picture, PlanPathway inPlan, CatalogPathway pathway, List<CatalogCompetency> named) {
        Set<UUID> mastered = picture.mastered();
        Map<UUID, String> codes = new HashMap<>();
        named.forEach(c -> codes.put(c.id, c.code));
        List<PathwayCourseView> courseViews = new ArrayList<>();
        Set<UUID> needed = new LinkedHashSet<>(pathway.requiredCompetencyIds);
        Set<UUID> all = new LinkedHashSet<>(pathway.requiredCompetencyIds);
        for (UUID courseId : pathway.requiredCourseIds) {
            CatalogCourse course = picture.courses().get(courseId);
            boolean earned = picture.credits().containsKey(courseId);
            List<UUID> counted = course == null ? List.of() : course.competencyIds;
            all.addAll(counted);
            if (!earned) {
                needed.addAll(counted);
            }
            courseViews.add(new PathwayCourseView(
                    courseId,
                    course == null ? null : course.code,
                    course == null ? null : course.title,
                    course == null ? null : course.credits,
                    earned,
                    (int) counted.stream().filter(mastered::contains).count(),
                    counted.size()));
        }
        int remaining = (int) needed.stream().filter(c -> !mastered.contains(c)).count();
        BigDecimal pace = pace(picture, all, mastered);
        PathwayPace onTime = PathwayPace.of(remaining, pace, inPlan.targetDate, LocalDate.now(ZoneOffset.UTC));
        PathwayMet met = picture.met().get(pathway.id);
        return new PathwayProgressView(
                picture.learnerId(),
                pathway.id,
                pathway.name,
                pathway.diploma,
                met != null,
                met == null ? null : met.metAt,
                picture.creditsEarned(),
                pathway.minCredits,
                courseViews,
                pathway.requiredCompetencyIds.stream()
                        .map(c -> new PathwayCompetencyView(c, codes.get(c), picture.statusOf(c)))
                        .toList(),
                picture.missingCourses(pathway),
                picture.missingCompetencies(pathway),
                remaining,
                pace,
                onTime.projectedCompletion(),
                inPlan.targetDate,
                onTime.expectedPerWeek(),
                onTime.onPace());
    }

    /**
     * Competencies of the pathway (its own and its courses') mastered per week, over the weeks since her first
     * evidence on any of them (at least one week); null before she masters one.
     */
    private static BigDecimal pace(LearnerPicture picture, Set<UUID> ofPathway, Set<UUID> mastered) {
        List<Mastery> relevant = picture.standings().values().stream()
                .filter(m -> ofPathway.contains(m.competencyId))
                .toList();
        long done =
                relevant.stream().filter(m -> mastered.contains(m.competencyId)).count();
        OffsetDateTime first = relevant.stream()
                .map(m -> m.firstEvidenceAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (done == 0 || first == null) {
            return null;
        }
        long days = Math.max(7, Duration.between(first, DatabaseTime.now()).toDays());
        return BigDecimal.valueOf(done)
                .multiply(PathwayPace.DAYS_PER_WEEK)
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }
}
