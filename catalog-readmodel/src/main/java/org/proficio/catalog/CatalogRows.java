package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The rows that make up one framework in the catalog (every table but {@code framework} names its framework by
 * {@code frameworkId}): loaded, added and removed together by {@link CatalogUpdater}, and readable by id of framework
 * for the services' own features (rubrics for scoring, prerequisites for progression, ...).
 */
@ApplicationScoped
public class CatalogRows {

    /** Every row of {@code type} that belongs to the framework, in no particular order. */
    public <T> Uni<List<T>> ofFramework(Class<T> type, UUID frameworkId) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "from " + type.getSimpleName() + " where frameworkId = :frameworkId", type)
                        .setParameter("frameworkId", frameworkId)
                        .getResultList());
    }

    /** Those of {@code ids} that rows of {@code type} of another framework already hold. */
    Uni<List<UUID>> heldElsewhere(Class<?> type, Collection<UUID> ids, UUID frameworkId) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select id from " + type.getSimpleName()
                                        + " where id in :ids and frameworkId <> :frameworkId",
                                UUID.class)
                        .setParameter("ids", ids)
                        .setParameter("frameworkId", frameworkId)
                        .getResultList());
    }

    /** Persists the rows in the given order (parents before the children that reference them). */
    Uni<Void> persist(List<Object> rows) {
        return rows.isEmpty()
                ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(s -> s.persistAll(rows.toArray()));
    }

    /** Removes the rows in the given order (children before their parents). */
    Uni<Void> remove(List<Object> rows) {
        return rows.isEmpty()
                ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(s -> s.removeAll(rows.toArray()));
    }
}
