package org.proficio.progression.plan;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.proficio.platform.reactive.OneAfterAnother;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.advancement.Advancement;
import org.proficio.progression.learner.RosterSource;
import org.proficio.progression.learner.Tally;
import org.proficio.progression.mastery.MasteryRepository;

/**
 * The one writer of learning plans, for the API, bulk requests and OneRoster imports alike. Joins the caller's
 * transaction; enrolling again with the same dates changes nothing, so repeats are harmless. A course new on the plan
 * of a learner who has mastered something is looked at again for what she already has ({@link
 * Advancement#reconsider}: the credit of a course defined after her mastery).
 */
@ApplicationScoped
public class PlanWriter {

    private final PlanRepository plans;
    private final PlanPathwayRepository pathways;
    private final Advancement advancement;
    private final MasteryRepository masteries;

    public PlanWriter(
            PlanRepository plans,
            PlanPathwayRepository pathways,
            Advancement advancement,
            MasteryRepository masteries) {
        this.plans = plans;
        this.pathways = pathways;
        this.advancement = advancement;
        this.masteries = masteries;
    }

    /** Puts each course on its learner's plan (learners and courses known, pairs unique), or updates its dates. */
    public Uni<Tally> enroll(String district, List<Enrollment> enrollments, RosterSource by) {
        OffsetDateTime now = DatabaseTime.now();
        Set<String> learners = enrollments.stream().map(Enrollment::learnerId).collect(Collectors.toSet());
        return plans.coursesOf(district, learners).chain(held -> {
            Map<PlanCourse.Key, PlanCourse> known = new HashMap<>();
            held.forEach(p -> known.put(new PlanCourse.Key(district, p.learnerId, p.courseId), p));
            List<PlanCourse> written = new ArrayList<>();
            Set<String> enrolled = new TreeSet<>();
            int created = 0;
            int updated = 0;
            for (Enrollment e : enrollments) {
                PlanCourse course = known.get(new PlanCourse.Key(district, e.learnerId(), e.courseId()));
                if (course == null) {
                    course = new PlanCourse();
                    course.district = district;
                    course.learnerId = e.learnerId();
                    course.courseId = e.courseId();
                    course.enrolledAt = now;
                    created++;
                    enrolled.add(e.learnerId());
                } else if (course.has(e.startDate(), e.targetDate())) {
                    continue;
                } else {
                    updated++;
                }
                course.take(e.startDate(), e.targetDate(), by, now);
                written.add(course);
            }
            Tally counts = new Tally(created, updated, enrollments.size() - created - updated);
            return Panache.getSession()
                    .chain(session -> session.persistAll(written.toArray()))
                    .chain(() -> reconsider(district, enrolled))
                    .replaceWith(counts);
        });
    }

    /** Looks again at what each learner (those with a mastered competency) already has, one after the other. */
    private Uni<Void> reconsider(String district, Set<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return masteries
                .learnersWithMastery(district, learnerIds)
                .chain(withMastery ->
                        OneAfterAnother.each(withMastery, learner -> advancement.reconsider(district, learner)));
    }

    /** Puts the pathway on the learner's plan, or changes its dates; answers whether it is new on her plan. */
    public Uni<Boolean> enrollPathway(
            String district,
            String learnerId,
            java.util.UUID pathwayId,
            java.time.LocalDate start,
            java.time.LocalDate target,
            RosterSource by) {
        OffsetDateTime now = DatabaseTime.now();
        return pathways.findById(new PlanPathway.Key(district, learnerId, pathwayId))
                .chain(held -> {
                    PlanPathway pathway = held;
                    if (pathway == null) {
                        pathway = new PlanPathway();
                        pathway.district = district;
                        pathway.learnerId = learnerId;
                        pathway.pathwayId = pathwayId;
                        pathway.enrolledAt = now;
                    } else if (held.has(start, target)) {
                        return Uni.createFrom().item(false);
                    }
                    pathway.take(start, target, by, now);
                    PlanPathway written = pathway;
                    return Panache.getSession().chain(s -> s.persist(written)).replaceWith(held == null);
                });
    }

    /** Takes the pathway off the learner's plan; answers whether it was on it. */
    public Uni<Boolean> withdrawPathway(String district, String learnerId, java.util.UUID pathwayId) {
        return pathways.delete("district = ?1 and learnerId = ?2 and pathwayId = ?3", district, learnerId, pathwayId)
                .map(deleted -> deleted > 0);
    }

    /** Takes the course off the learner's plan; answers whether it was on it. */
    public Uni<Boolean> withdraw(String district, String learnerId, java.util.UUID courseId) {
        return plans.delete("district = ?1 and learnerId = ?2 and courseId = ?3", district, learnerId, courseId)
                .map(deleted -> deleted > 0);
    }
}
