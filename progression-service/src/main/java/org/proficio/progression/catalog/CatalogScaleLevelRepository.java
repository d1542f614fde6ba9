package org.proficio.progression.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Proficiency scales of the published frameworks in the read model. */
@ApplicationScoped
public class CatalogScaleLevelRepository implements PanacheRepositoryBase<CatalogScaleLevel, UUID> {

    /** The levels of the district's framework, lowest first. */
    public Uni<List<CatalogScaleLevel>> listOfFramework(String district, UUID frameworkId) {
        return find(
                        "select l from CatalogScaleLevel l, CatalogFramework f where f.id = l.frameworkId"
                                + " and f.district = :district and l.frameworkId = :frameworkId order by l.position",
                        Parameters.with("district", district).and("frameworkId", frameworkId))
                .list();
    }

    /** Removes a framework's levels before its new snapshot is written. */
    public Uni<Long> deleteOfFramework(UUID frameworkId) {
        return delete("frameworkId", frameworkId);
    }
}
