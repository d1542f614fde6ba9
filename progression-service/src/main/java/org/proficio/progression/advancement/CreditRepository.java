package org.proficio.progression.advancement;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The credits learners earned. */
@ApplicationScoped
public class CreditRepository implements PanacheRepositoryBase<CourseCredit, CourseCredit.Key> {

    public Uni<List<CourseCredit>> ofLearner(String district, String learnerId) {
        return list(
                "district = :district and learnerId = :learner",
                Sort.by("awardedAt").and("courseId"),
                Parameters.with("district", district).and("learner", learnerId));
    }
}
