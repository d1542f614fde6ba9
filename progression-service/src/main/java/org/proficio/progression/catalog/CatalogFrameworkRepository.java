package org.proficio.progression.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Published frameworks of the read model. */
@ApplicationScoped
public class CatalogFrameworkRepository implements PanacheRepositoryBase<CatalogFramework, UUID> {

    /** The district's framework, or null. */
    public Uni<CatalogFramework> findInDistrict(String district, UUID id) {
        return find(
                        "id = :id and district = :district",
                        Parameters.with("id", id).and("district", district))
                .firstResult();
    }
}
