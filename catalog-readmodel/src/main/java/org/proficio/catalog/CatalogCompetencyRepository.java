package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The catalog's competencies, always looked up within one district. */
@ApplicationScoped
public class CatalogCompetencyRepository implements PanacheRepositoryBase<CatalogCompetency, UUID> {

    /** The district's competency, or null. */
    public Uni<CatalogCompetency> findInDistrict(String district, UUID id) {
        return find(
                        "id = :id and district = :district",
                        Parameters.with("id", id).and("district", district))
                .firstResult();
    }

    /**
     * The district's competencies, optionally of one framework, in catalog order: frameworks by publication, then
     * each framework's own order.
     */
    public Uni<List<CatalogCompetency>> listInDistrict(String district, UUID frameworkId) {
        StringBuilder query = new StringBuilder("select c from CatalogCompetency c, CatalogFramework f"
                + " where f.id = c.frameworkId and c.district = :district");
        Parameters params = Parameters.with("district", district);
        if (frameworkId != null) {
            query.append(" and c.frameworkId = :frameworkId");
            params.and("frameworkId", frameworkId);
        }
        query.append(" order by f.publishedAt, f.id, c.position");
        return find(query.toString(), params).list();
    }

    /**
     * A page of a framework's competencies in the framework's order, after a position: all of them, or only those
     * among {@code ids} (null for all).
     */
    public Uni<List<CatalogCompetency>> pageOfFramework(
            String district, UUID frameworkId, Collection<UUID> ids, int afterPosition, int rows) {
        if (ids != null && ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        StringBuilder query =
                new StringBuilder("district = :district and frameworkId = :frameworkId and position > :after");
        Parameters params = Parameters.with("district", district)
                .and("frameworkId", frameworkId)
                .and("after", afterPosition);
        if (ids != null) {
            query.append(" and id in :ids");
            params.and("ids", ids);
        }
        query.append(" order by position");
        return find(query.toString(), params).page(Page.ofSize(rows)).list();
    }

    /** The district's competencies among {@code ids}. */
    public Uni<List<CatalogCompetency>> listByIds(String district, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(
                        "district = :district and id in :ids",
                        Parameters.with("district", district).and("ids", ids))
                .list();
    }
}
