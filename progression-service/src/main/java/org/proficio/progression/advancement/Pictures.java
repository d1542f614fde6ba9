package org.proficio.progression.advancement;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.catalog.CatalogPathway;
import org.proficio.catalog.CatalogPathwayRepository;
import org.proficio.progression.catalog.CourseCatalog;
import org.proficio.progression.mastery.Mastery;
import org.proficio.progression.mastery.MasteryRepository;
import org.proficio.progression.plan.PlanCourse;
import org.proficio.progression.plan.PlanPathway;
import org.proficio.progression.plan.PlanPathwayRepository;
import org.proficio.progression.plan.PlanRepository;

/** Loads a {@link LearnerPicture} in the caller's session, one query after the other. */
@ApplicationScoped
public class Pictures {

    private final MasteryRepository masteries;
    private final PlanRepository planCourses;
    private final PlanPathwayRepository planPathways;
    private final CatalogPathwayRepository pathways;
    private final CourseCatalog courses;
    private final CreditRepository credits;
    private final PathwayMetRepository met;

    public Pictures(
            MasteryRepository masteries,
            PlanRepository planCourses,
            PlanPathwayRepository planPathways,
            CatalogPathwayRepository pathways,
            CourseCatalog courses,
            CreditRepository credits,
            PathwayMetRepository met) {
        this.masteries = masteries;
        this.planCourses = planCourses;
        this.planPathways = planPathways;
        this.pathways = pathways;
        this.courses = courses;
        this.credits = credits;
        this.met = met;
    }

    Uni<LearnerPicture> of(String district, String learnerId) {
        return masteries
                .listOfLearner(district, learnerId, null)
                .chain(standings -> planCourses
                        .coursesOf(district, learnerId)
                        .chain(inPlan -> planPathways
                                .pathwaysOf(district, learnerId)
                                .chain(pathwaysInPlan -> pathways.listInDistrict(
                                                district,
                                                pathwaysInPlan.stream()
                                                        .map(p -> p.pathwayId)
                                                        .toList())
                                        .chain(known -> picture(
                                                district, learnerId, standings, inPlan, pathwaysInPlan, known)))));
    }

    private Uni<LearnerPicture> picture(
            String district,
            String learnerId,
            List<Mastery> standings,
            List<PlanCourse> inPlan,
            List<PlanPathway> pathwaysInPlan,
            List<CatalogPathway> known) {
        Set<UUID> courseIds = new LinkedHashSet<>();
        inPlan.forEach(p -> courseIds.add(p.courseId));
        known.forEach(p -> courseIds.addAll(p.requiredCourseIds));
        return courses.byId(district, courseIds)
                .chain(named -> credits.ofLearner(district, learnerId)
                        .chain(earned -> met.ofLearner(district, learnerId)
                                .map(done -> new LearnerPicture(
                                        learnerId,
                                        standings.stream()
                                                .collect(Collectors.toMap(m -> m.competencyId, Function.identity())),
                                        inPlan,
                                        pathwaysInPlan,
                                        named,
                                        known.stream().collect(Collectors.toMap(p -> p.id, Function.identity())),
                                        byCourse(earned),
                                        done.stream()
                                                .collect(Collectors.toMap(m -> m.pathwayId, Function.identity()))))));
    }

    private static Map<UUID, CourseCredit> byCourse(List<CourseCredit> earned) {
        Map<UUID, CourseCredit> byCourse = new HashMap<>();
        earned.forEach(c -> byCourse.put(c.courseId, c));
        return byCourse;
    }
}
