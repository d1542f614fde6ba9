package org.proficio.assessment.readiness;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.proficio.assessment.assessment.Assessment;

/**
 * Decides whether a learner may make an attempt at an assessment now, and which attempt it is. Runs inside the
 * intake's transaction, before anything is written.
 */
@ApplicationScoped
public class Attempts {

    /** The number the learner's next attempt at the assessment gets (1 for the first). */
    public Uni<Integer> admit(String district, String learnerId, Assessment assessment) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select count(*) from Evidence where district = :district and learnerId = :learnerId"
                                        + " and assessmentId = :assessmentId",
                                Long.class)
                        .setParameter("district", district)
                        .setParameter("learnerId", learnerId)
                        .setParameter("assessmentId", assessment.id)
                        .getSingleResult())
                .map(previous -> previous.intValue() + 1);
    }
}
