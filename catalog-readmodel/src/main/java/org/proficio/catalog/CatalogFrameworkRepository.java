package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The catalog's frameworks. Readers look them up within one district; only {@link CatalogUpdater} uses {@code
 * findById} across districts, to see a framework id that another district already holds.
 */
@ApplicationScoped
public class CatalogFrameworkRepository implements PanacheRepositoryBase<CatalogFramework, UUID> {

    /** The district's framework (retired or not), or null. */
    public Uni<CatalogFramework> findInDistrict(String district, UUID id) {
        return find(
                        "id = :id and district = :district",
                        Parameters.with("id", id).and("district", district))
                .firstResult();
    }
}
