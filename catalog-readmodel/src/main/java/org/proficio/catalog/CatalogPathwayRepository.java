package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The district's graduation pathways. */
@ApplicationScoped
public class CatalogPathwayRepository implements PanacheRepositoryBase<CatalogPathway, UUID> {

    /** The district's pathway, or null. */
    public Uni<CatalogPathway> findInDistrict(String district, UUID id) {
        return find(
                        "id = :id and district = :district",
                        Parameters.with("id", id).and("district", district))
                .firstResult();
    }

    /** The district's pathways among {@code ids}, by name. */
    public Uni<List<CatalogPathway>> listInDistrict(String district, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "district = :district and id in :ids",
                Sort.by("name").and("id"),
                Parameters.with("district", district).and("ids", ids));
    }
}
