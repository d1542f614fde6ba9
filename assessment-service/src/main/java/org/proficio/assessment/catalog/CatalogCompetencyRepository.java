package org.proficio.assessment.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** The catalog's competencies, always looked up within one district. */
@ApplicationScoped
public class CatalogCompetencyRepository implements PanacheRepositoryBase<CatalogCompetency, UUID> {

    /** The competency with its framework's scale loaded, or null if the district has no such competency. */
    public Uni<CatalogCompetency> findWithScale(String district, UUID id) {
        return find(
                        "from CatalogCompetency c join fetch c.framework where c.id = :id and c.district = :district",
                        Parameters.with("id", id).and("district", district))
                .firstResult()
                .call(c -> c == null ? Uni.createFrom().nullItem() : Mutiny.fetch(c.framework.scale));
    }
}
