package org.proficio.progression.plan;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.catalog.CatalogPathway;
import org.proficio.catalog.CatalogPathwayRepository;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;
import org.proficio.progression.advancement.Advancement;
import org.proficio.progression.catalog.CourseCatalog;
import org.proficio.progression.learner.LearnerRegistry;
import org.proficio.progression.learner.RosterSource;
import org.proficio.progression.learner.Tally;
import org.proficio.progression.plan.PlanViews.EnrollmentBatch;
import org.proficio.progression.plan.PlanViews.EnrollmentInput;
import org.proficio.progression.plan.PlanViews.PlanCourseInput;
import org.proficio.progression.plan.PlanViews.PlanCourseView;
import org.proficio.progression.plan.PlanViews.PlanPathwayView;
import org.proficio.progression.plan.PlanViews.PlanView;

/** Learning plans through the API: a registered learner, enrolled in courses of the district's catalog. */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final PlanWriter writer;
    private final LearnerRegistry learners;
    private final CourseCatalog courses;
    private final PlanPathwayRepository planPathways;
    private final CatalogPathwayRepository pathways;
    private final Advancement advancement;

    public PlanService(
            PlanRepository plans,
            PlanWriter writer,
            LearnerRegistry learners,
            CourseCatalog courses,
            PlanPathwayRepository planPathways,
            CatalogPathwayRepository pathways,
            Advancement advancement) {
        this.plans = plans;
        this.writer = writer;
        this.learners = learners;
        this.courses = courses;
        this.planPathways = planPathways;
        this.pathways = pathways;
        this.advancement = advancement;
    }

    @WithSession
    public Uni<PlanView> plan(String district, String learnerId) {
        return learners.registered(district, learnerId)
                .replaceWithVoid()
                .chain(() -> plans.coursesOf(district, learnerId))
                .chain(held -> courses.byId(
                                district, held.stream().map(p -> p.courseId).toList())
                        .map(named -> held.stream()
                                .map(p -> PlanCourseView.of(p, named.get(p.courseId)))
                                .toList()))
                .chain(courseViews -> planPathways
                        .pathwaysOf(district, learnerId)
                        .chain(held -> pathways.listInDistrict(
                                        district,
                                        held.stream().map(p -> p.pathwayId).toList())
                                .map(known -> {
                                    Map<UUID, CatalogPathway> byId = new HashMap<>();
                                    known.forEach(p -> byId.put(p.id, p));
                                    return new PlanView(
                                            learnerId,
                                            courseViews,
                                            held.stream()
                                                    .map(p -> PlanPathwayView.of(p, byId.get(p.pathwayId)))
                                                    .toList());
                                })));
    }

    /** Enrolls the learner on the pathway, or changes its dates; answers whether it is new on her plan. */
    @WithTransaction
    public Uni<Boolean> enrollPathway(String district, String learnerId, UUID pathwayId, PlanCourseInput input) {
        refuseDates(input.startDate(), input.targetDate(), "targetDate");
        return learners.registered(district, learnerId)
                .replaceWithVoid()
                .chain(() -> pathways.findInDistrict(district, pathwayId))
                .invoke(pathway -> {
                    if (pathway == null) {
                        throw ProblemException.unprocessable(
                                "Define the pathway first (POST /api/v1/pathways).",
                                new FieldError(
                                        "pathwayId", "names no graduation pathway of the district: " + pathwayId));
                    }
                })
                .chain(() -> writer.enrollPathway(
                        district, learnerId, pathwayId, input.startDate(), input.targetDate(), RosterSource.API))
                .call(() -> advancement.reconsider(district, learnerId));
    }

    @WithTransaction
    public Uni<Void> withdrawPathway(String district, String learnerId, UUID pathwayId) {
        return learners.registered(district, learnerId)
                .replaceWithVoid()
                .chain(() -> writer.withdrawPathway(district, learnerId, pathwayId))
                .invoke(was -> {
                    if (!was) {
                        throw ProblemException.notFound(
                                "Pathway " + pathwayId + " is not on the plan of learner " + learnerId + ".");
                    }
                })
                .replaceWithVoid();
    }

    /** Enrolls the learner in the course, or changes its dates; answers whether the course is new on her plan. */
    @WithTransaction
    public Uni<Boolean> enroll(String district, String learnerId, UUID courseId, PlanCourseInput input) {
        refuseDates(input.startDate(), input.targetDate(), "targetDate");
        return learners.registered(district, learnerId)
                .replaceWithVoid()
                .chain(() -> requireCourses(district, Map.of("courseId", courseId)))
                .chain(() -> writer.enroll(
                        district,
                        List.of(new Enrollment(learnerId, courseId, input.startDate(), input.targetDate())),
                        RosterSource.API))
                .map(counts -> counts.created() == 1);
    }

    @WithTransaction
    public Uni<Void> withdraw(String district, String learnerId, UUID courseId) {
        return learners.registered(district, learnerId)
                .replaceWithVoid()
                .chain(() -> writer.withdraw(district, learnerId, courseId))
                .invoke(was -> {
                    if (!was) {
                        throw ProblemException.notFound(
                                "Course " + courseId + " is not on the plan of learner " + learnerId + ".");
                    }
                })
                .replaceWithVoid();
    }

    /** Writes up to 1,000 enrollments together: all of them, or none when one cannot be. */
    @WithTransaction
    public Uni<Tally> bulk(String district, EnrollmentBatch batch) {
        List<EnrollmentInput> items = batch.enrollments();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        Map<String, String> learnerFields = new LinkedHashMap<>();
        Map<String, UUID> courseFields = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            EnrollmentInput e = items.get(i);
            String at = "enrollments[" + i + "]";
            Integer earlier = first.putIfAbsent(e.learnerId() + " " + e.courseId(), i);
            if (earlier != null) {
                errors.add(new FieldError(at, "repeats enrollments[" + earlier + "]; name each enrollment once"));
            }
            if (e.startDate() != null
                    && e.targetDate() != null
                    && e.targetDate().isBefore(e.startDate())) {
                errors.add(new FieldError(at + ".targetDate", "is before startDate"));
            }
            learnerFields.put(at + ".learnerId", e.learnerId());
            courseFields.put(at + ".courseId", e.courseId());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return requireLearners(district, learnerFields)
                .chain(() -> requireCourses(district, courseFields))
                .chain(() -> writer.enroll(
                        district,
                        items.stream().map(EnrollmentInput::enrollment).toList(),
                        RosterSource.API));
    }

    private Uni<Void> requireLearners(String district, Map<String, String> learnerIdsByField) {
        return learners.unknownLearners(district, new LinkedHashSet<>(learnerIdsByField.values()))
                .invoke(unknown -> refuse(
                        learnerIdsByField.entrySet().stream()
                                .filter(e -> unknown.contains(e.getValue()))
                                .map(e ->
                                        new FieldError(e.getKey(), "names no learner of the district: " + e.getValue()))
                                .toList(),
                        "Register learners first (PUT /api/v1/learners/{learnerId}, POST /api/v1/learners/bulk or a"
                                + " OneRoster import)."))
                .replaceWithVoid();
    }

    private Uni<Void> requireCourses(String district, Map<String, UUID> courseIdsByField) {
        return courses.byId(district, new LinkedHashSet<>(courseIdsByField.values()))
                .invoke(known -> refuse(
                        courseIdsByField.entrySet().stream()
                                .filter(e -> !known.containsKey(e.getValue()))
                                .map(e -> new FieldError(
                                        e.getKey(),
                                        "names no course of the district's published frameworks: " + e.getValue()))
                                .toList(),
                        "A course counts once a framework naming it is published (POST /api/v1/courses)."))
                .replaceWithVoid();
    }

    private static void refuse(List<FieldError> errors, String detail) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(detail, errors.toArray(FieldError[]::new));
        }
    }

    private static void refuseDates(LocalDate start, LocalDate target, String field) {
        if (start != null && target != null && target.isBefore(start)) {
            throw ProblemException.invalidField(field, "is before startDate");
        }
    }
}
