package org.proficio.assessment.learner;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * The evidence intake's question about learners: where the district refuses evidence about learners it has not
 * registered, is this one registered? One statement, in the caller's session.
 */
@ApplicationScoped
public class KnownLearners {

    /** Problem type slug of evidence about a learner the district has not registered, where it refuses such. */
    public static final String UNKNOWN_LEARNER = "unknown-learner";

    /** Fails with 422 when the district refuses evidence about unregistered learners and this one is not registered. */
    public Uni<Void> require(String district, String learnerId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*) from evidence_setting s where s.district = :district"
                                        + " and s.unknown_learners = 'REFUSE' and not exists (select 1 from"
                                        + " known_learner k where k.district = :district and k.learner_id = :learner)",
                                Long.class)
                        .setParameter("district", district)
                        .setParameter("learner", learnerId)
                        .getSingleResult())
                .invoke(refused -> {
                    if (refused > 0) {
                        throw new ProblemException(
                                422,
                                UNKNOWN_LEARNER,
                                "Unknown learner",
                                "Learner " + learnerId + " is not registered in your district, which refuses evidence"
                                        + " about learners it has not registered. Register her (PUT"
                                        + " /api/v1/learners/{learnerId}, bulk, or a OneRoster import) and send it"
                                        + " again.",
                                List.of(new FieldError("learnerId", "names no registered learner: " + learnerId)));
                    }
                })
                .replaceWithVoid();
    }
}
