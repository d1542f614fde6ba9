package org.proficio.progression.plan;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The pathways on learners' plans. */
@ApplicationScoped
public class PlanPathwayRepository implements PanacheRepositoryBase<PlanPathway, PlanPathway.Key> {

    /** Every pathway on the learner's plan, in the order she was enrolled. */
    public Uni<List<PlanPathway>> pathwaysOf(String district, String learnerId) {
        return list(
                "district = :district and learnerId = :learner",
                Sort.by("enrolledAt").and("pathwayId"),
                Parameters.with("district", district).and("learner", learnerId));
    }
}
