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
import java.util.stream.Collectors;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.learner.RosterSource;
import org.proficio.progression.learner.Tally;

/**
 * The one writer of learning plans, for the API, bulk requests and OneRoster imports alike. Joins the caller's
 * transaction; enrolling again with the same dates changes nothing, so repeats are harmless.
 */
@ApplicationScoped
public class PlanWriter {

    private final PlanRepository plans;

    public PlanWriter(PlanRepository plans) {
        this.plans = plans;
    }

    /** Puts each course on its learner's plan (learners and courses known, pairs unique), or updates its dates. */
    public Uni<Tally> enroll(String district, List<Enrollment> enrollments, RosterSource by) {
        OffsetDateTime now = DatabaseTime.now();
        Set<String> learners = enrollments.stream().map(Enrollment::learnerId).collect(Collectors.toSet());
        return plans.coursesOf(district, learners).chain(held -> {
            Map<PlanCourse.Key, PlanCourse> known = new HashMap<>();
            held.forEach(p -> known.put(new PlanCourse.Key(district, p.learnerId, p.courseId), p));
            List<PlanCourse> written = new ArrayList<>();
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
                } else if (e.sameDates(course)) {
                    continue;
                } else {
                    updated++;
                }
                course.startDate = e.startDate();
                course.targetDate = e.targetDate();
                course.source = by;
                course.updatedAt = now;
                written.add(course);
            }
            Tally counts = new Tally(created, updated, enrollments.size() - created - updated);
            return Panache.getSession()
                    .chain(session -> session.persistAll(written.toArray()))
                    .replaceWith(counts);
        });
    }

    /** Takes the course off the learner's plan; answers whether it was on it. */
    public Uni<Boolean> withdraw(String district, String learnerId, java.util.UUID courseId) {
        return plans.delete("district = ?1 and learnerId = ?2 and courseId = ?3", district, learnerId, courseId)
                .map(deleted -> deleted > 0);
    }
}
