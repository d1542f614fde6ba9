package org.proficio.assessment.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** The catalog's frameworks. */
@ApplicationScoped
public class CatalogFrameworkRepository implements PanacheRepositoryBase<CatalogFramework, UUID> {

    /**
     * The framework with its competencies and scale loaded, in any district, or null. Only the catalog updater
     * looks frameworks up without a district: it must see a framework id that another district already uses.
     */
    public Uni<CatalogFramework> findComplete(UUID id) {
        return find("from CatalogFramework f left join fetch f.competencies where f.id = ?1", id)
                .list() // not firstResult(): a row limit with a collection fetch makes Hibernate page in memory
                .map(found -> found.isEmpty() ? null : found.get(0))
                .call(f -> f == null ? Uni.createFrom().nullItem() : Mutiny.fetch(f.scale));
    }
}
