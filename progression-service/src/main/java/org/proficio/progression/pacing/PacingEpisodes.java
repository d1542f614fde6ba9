package org.proficio.progression.pacing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.proficio.progression.mastery.Mastery;

/**
 * Closes a learner's open pacing episode on a competency when she moves again, and clears the standing's {@code
 * stalled} flag; joins the caller's transaction.
 */
@ApplicationScoped
public class PacingEpisodes {

    public Uni<Void> close(Mastery standing, UUID decisionId, OffsetDateTime at) {
        standing.stalled = false;
        return Panache.getSession()
                .chain(session -> session.createMutationQuery("update PacingEpisode e set e.closedAt = :at,"
                                + " e.closedBy = :decision where e.district = :district and e.learnerId = :learner"
                                + " and e.competencyId = :competency and e.closedAt is null")
                        .setParameter("at", at)
                        .setParameter("decision", decisionId)
                        .setParameter("district", standing.district)
                        .setParameter("learner", standing.learnerId)
                        .setParameter("competency", standing.competencyId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** How many competencies the learner is stalled on now. */
    public Uni<Long> openOf(String district, String learnerId) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select count(*) from PacingEpisode e where e.district = :district"
                                        + " and e.learnerId = :learner and e.closedAt is null",
                                Long.class)
                        .setParameter("district", district)
                        .setParameter("learner", learnerId)
                        .getSingleResult());
    }
}
