package org.proficio.assessment.xapi;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The statements that became evidence, by district and statement id. */
@ApplicationScoped
public class XapiStatementRepository implements PanacheRepositoryBase<XapiStatement, XapiStatement.Key> {

    /*
     * One transaction-scoped advisory lock per statement id, taken in the order of the lock keys so that two requests
     * never wait for each other crosswise. A hash collision only makes two unrelated requests wait.
     */
    private static final String LOCK = "select count(pg_advisory_xact_lock(hashtextextended(:prefix || id, 0)))"
            + " from (select id from unnest(string_to_array(:ids, ',')) id"
            + " order by hashtextextended(:prefix || id, 0)) ordered";

    /**
     * Makes other transactions that carry any of these statement ids wait until this one ends, so that they find its
     * statements (DUPLICATE or conflict) instead of racing it to the same key.
     */
    public Uni<Void> lock(String district, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String joined = ids.stream().map(UUID::toString).collect(Collectors.joining(","));
        return getSession()
                .chain(session -> session.createNativeQuery(LOCK)
                        .setParameter("prefix", "xapi-statement/" + district + "/")
                        .setParameter("ids", joined)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Those of these statement ids the district already took, by id. */
    public Uni<Map<UUID, XapiStatement>> known(String district, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("key.district = ?1 and key.statementId in ?2", district, ids)
                .map(rows -> rows.stream().collect(Collectors.toMap(s -> s.key.statementId, Function.identity())));
    }
}
