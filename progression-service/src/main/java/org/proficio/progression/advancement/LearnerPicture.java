package org.proficio.progression.advancement;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.proficio.catalog.CatalogCourse;
import org.proficio.catalog.CatalogPathway;
import org.proficio.progression.mastery.Mastery;
import org.proficio.progression.mastery.MasteryStatus;
import org.proficio.progression.plan.PlanCourse;
import org.proficio.progression.plan.PlanPathway;

/**
 * Everything advancement needs to know of one learner at one moment: her standings, her plan (courses and pathways)
 * as the catalog defines them, the credits she has earned and the pathways she has met.
 *
 * @param courses the catalog's courses of her plan and of her pathways' required courses, by course id
 */
record LearnerPicture(
        String learnerId,
        Map<UUID, Mastery> standings,
        List<PlanCourse> planCourses,
        List<PlanPathway> planPathways,
        Map<UUID, CatalogCourse> courses,
        Map<UUID, CatalogPathway> pathways,
        Map<UUID, CourseCredit> credits,
        Map<UUID, PathwayMet> met) {

    Set<UUID> mastered() {
        return standings.values().stream()
                .filter(m -> m.status == MasteryStatus.MASTERED)
                .map(m -> m.competencyId)
                .collect(Collectors.toSet());
    }

    MasteryStatus statusOf(UUID competencyId) {
        Mastery m = standings.get(competencyId);
        return m == null ? MasteryStatus.NOT_STARTED : m.status;
    }

    /** The competencies her plan asks for: its courses', its pathways' and their required courses', in plan order. */
    Set<UUID> planCompetencies() {
        Set<UUID> wanted = new LinkedHashSet<>();
        planCourses.stream()
                .map(p -> courses.get(p.courseId))
                .filter(c -> c != null)
                .forEach(c -> wanted.addAll(c.competencyIds));
        for (PlanPathway p : planPathways) {
            CatalogPathway pathway = pathways.get(p.pathwayId);
            if (pathway != null) {
                pathway.requiredCourseIds.stream()
                        .map(courses::get)
                        .filter(c -> c != null)
                        .forEach(c -> wanted.addAll(c.competencyIds));
                wanted.addAll(pathway.requiredCompetencyIds);
            }
        }
        return wanted;
    }

    BigDecimal creditsEarned() {
        return credits.values().stream().map(c -> c.credits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether every requirement the pathway names is met now. */
    boolean meets(CatalogPathway pathway) {
        return missingCourses(pathway).isEmpty()
                && missingCompetencies(pathway).isEmpty()
                && (pathway.minCredits == null || creditsEarned().compareTo(pathway.minCredits) >= 0);
    }

    List<UUID> missingCourses(CatalogPathway pathway) {
        return pathway.requiredCourseIds.stream()
                .filter(id -> !credits.containsKey(id))
                .toList();
    }

    List<UUID> missingCompetencies(CatalogPathway pathway) {
        Set<UUID> mastered = mastered();
        return pathway.requiredCompetencyIds.stream()
                .filter(id -> !mastered.contains(id))
                .toList();
    }
}
