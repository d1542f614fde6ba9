package org.proficio.progression.plan;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.proficio.progression.learner.LearnerRepository;

/** The courses on learners' plans. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanCourse, PlanCourse.Key> {

    /** Every course on the learner's plan, in the order she was enrolled. */
    public Uni<List<PlanCourse>> coursesOf(String district, String learnerId) {
        return list(
                "district = :district and learnerId = :learner",
                Sort.by("enrolledAt").and("courseId"),
                Parameters.with("district", district).and("learner", learnerId));
    }

    /** Every plan course of these learners. */
    public Uni<List<PlanCourse>> coursesOf(String district, Collection<String> learnerIds) {
        return LearnerRepository.inChunks(
                learnerIds,
                ids -> list(
                        "district = :district and learnerId in :ids",
                        Parameters.with("district", district).and("ids", ids)));
    }
}
