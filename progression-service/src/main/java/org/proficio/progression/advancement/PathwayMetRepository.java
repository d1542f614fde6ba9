package org.proficio.progression.advancement;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The pathways learners met. */
@ApplicationScoped
public class PathwayMetRepository implements PanacheRepositoryBase<PathwayMet, PathwayMet.Key> {

    public Uni<List<PathwayMet>> ofLearner(String district, String learnerId) {
        return list(
                "district = :district and learnerId = :learner",
                Parameters.with("district", district).and("learner", learnerId));
    }
}
