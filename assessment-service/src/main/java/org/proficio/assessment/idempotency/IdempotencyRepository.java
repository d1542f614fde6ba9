package org.proficio.assessment.idempotency;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** Idempotency keys and the results stored under them. */
@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /*
     * ON CONFLICT DO NOTHING waits for a concurrent transaction that holds the same key: if it commits, this insert
     * does nothing and the caller replays its result; if it rolls back, this insert claims the key.
     */
    private static final String CLAIM = "insert into idempotency_key (district, caller, idempotency_key,"
            + " request_hash, created_at) values (:district, :caller, :key, :hash, :at) on conflict do nothing";

    private static final String COMPLETE = "update idempotency_key set response = :response"
            + " where district = :district and caller = :caller and idempotency_key = :key";

    /** Claims the key for this transaction; false if a committed request already holds it. */
    public Uni<Boolean> claim(IdempotencyRecord.Key key, String requestHash, OffsetDateTime at) {
        return getSession()
                .chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter("district", key.district)
                        .setParameter("caller", key.caller)
                        .setParameter("key", key.value)
                        .setParameter("hash", requestHash)
                        .setParameter("at", at)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Stores the result under a key claimed in this transaction. */
    public Uni<Void> complete(IdempotencyRecord.Key key, String response) {
        return getSession()
                .chain(session -> session.createNativeQuery(COMPLETE)
                        .setParameter("response", response)
                        .setParameter("district", key.district)
                        .setParameter("caller", key.caller)
                        .setParameter("key", key.value)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Deletes keys created before {@code before}; returns how many. */
    public Uni<Long> deleteCreatedBefore(OffsetDateTime before) {
        return delete("createdAt < ?1", before);
    }
}
