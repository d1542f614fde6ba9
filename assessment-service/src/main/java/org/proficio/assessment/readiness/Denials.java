package org.proficio.assessment.readiness;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;

/**
 * Announces refused attempts (ReadinessDenied, key and subject = the learner) so that the support-service can act.
 * {@link Attempts#admit} writes nothing, because the intake transaction it runs in rolls back on the refusal; the
 * intake path then uses one of these two:
 *
 * <ul>
 *   <li>{@link #record}: its own transaction, for a request whose transaction rolled back on the refusal (single
 *       {@code POST /api/v1/evidence}: call it after that transaction ended, before answering 409);
 *   <li>{@link #add}: the caller's current transaction, for intake that refuses single items inside a transaction
 *       that commits (bulk, xAPI).
 * </ul>
 */
@ApplicationScoped
public class Denials {

    private final Outbox outbox;

    public Denials(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Adds ReadinessDenied to the outbox and commits it, in a transaction of its own. */
    @WithTransaction
    public Uni<Void> record(String district, AttemptRefused refused) {
        return add(district, refused);
    }

    /** Adds ReadinessDenied to the outbox in the caller's current transaction; commits (or not) with it. */
    public Uni<Void> add(String district, AttemptRefused refused) {
        Evaluation e = refused.evaluation();
        return outbox.add(
                        district,
                        DomainEvent.aboutLearner(EventTypes.READINESS_DENIED, e.learnerId(), ReadinessDenied.of(e)))
                .replaceWithVoid();
    }
}
