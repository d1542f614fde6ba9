package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** The levels of the district's frameworks among {@code frameworkIds}, lowest first, by framework. */
    public Uni<Map<UUID, List<CatalogScaleLevel>>> listOfFrameworks(String district, List<UUID> frameworkIds) {
        if (frameworkIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return find(
                        "district = :district and frameworkId in :frameworkIds order by position",
                        Parameters.with("district", district).and("frameworkIds", frameworkIds))
                .list()
                .map(levels -> levels.stream()
                        .collect(Collectors.groupingBy(l -> l.frameworkId, LinkedHashMap::new, Collectors.toList())));
    }
}
