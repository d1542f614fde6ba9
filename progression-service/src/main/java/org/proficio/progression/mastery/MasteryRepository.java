package org.proficio.progression.mastery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.proficio.progression.learner.LearnerRepository;

/** Learners' standings, always looked up within one district. */
@ApplicationScoped
public class MasteryRepository implements PanacheRepositoryBase<Mastery, UUID> {

    /** The learner's standing on the competency, or null before any evidence. */
    public Uni<Mastery> findStanding(String district, String learnerId, UUID competencyId) {
        return find(
                        "district = :district and learnerId = :learnerId and competencyId = :competencyId",
                        Parameters.with("district", district)
                                .and("learnerId", learnerId)
                                .and("competencyId", competencyId))
                .firstResult();
    }

    /** All the learner's standings, optionally on one framework's competencies. */
    public Uni<List<Mastery>> listOfLearner(String district, String learnerId, UUID frameworkId) {
        StringBuilder query = new StringBuilder("district = :district and learnerId = :learnerId");
        Parameters params = Parameters.with("district", district).and("learnerId", learnerId);
        if (frameworkId != null) {
            query.append(" and frameworkId = :frameworkId");
            params.and("frameworkId", frameworkId);
        }
        query.append(" order by updatedAt, id");
        return find(query.toString(), params).list();
    }

    /** Those of the learners who have mastered at least one competency, by learner id. */
    public Uni<List<String>> learnersWithMastery(String district, Collection<String> learnerIds) {
        return LearnerRepository.inChunks(
                        learnerIds,
                        ids -> Panache.getSession()
                                .chain(session -> session.createSelectionQuery(
                                                "select distinct m.learnerId from Mastery m where m.district = :district"
                                                        + " and m.status = :mastered and m.learnerId in :ids",
                                                String.class)
                                        .setParameter("district", district)
                                        .setParameter("mastered", MasteryStatus.MASTERED)
                                        .setParameter("ids", ids)
                                        .getResultList()))
                .map(found -> found.stream().sorted().toList());
    }
}
