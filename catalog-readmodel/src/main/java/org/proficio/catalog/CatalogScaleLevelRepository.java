package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The proficiency scales of the catalog's frameworks. */
@ApplicationScoped
public class CatalogScaleLevelRepository implements PanacheRepositoryBase<CatalogScaleLevel, UUID> {

    /** The levels of the district's framework, lowest first; empty when the district has no such framework. */
    public Uni<List<CatalogScaleLevel>> listOfFramework(String district, UUID frameworkId) {
        return find(
                        "district = :district and frameworkId = :frameworkId order by position",
                        Parameters.with("district", district).and("frameworkId", frameworkId))
                .list();
    }
}
