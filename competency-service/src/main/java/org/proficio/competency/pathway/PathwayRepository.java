package org.proficio.competency.pathway;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Graduation pathways, always looked up within one district, with their requirements loaded. */
@ApplicationScoped
public class PathwayRepository implements PanacheRepositoryBase<Pathway, UUID> {

    /** The pathway with its requirements, or null if the district has no such pathway. */
    public Uni<Pathway> findComplete(String district, UUID id) {
        return find("id = ?1 and district = ?2", id, district)
                .firstResult()
                .call(p -> p == null ? Uni.createFrom().nullItem() : loadRequirements(List.of(p)));
    }

    public Uni<Boolean> nameTaken(String district, String name, UUID except) {
        return count("district = ?1 and lower(name) = lower(?2) and id <> ?3", district, name, except)
                .map(n -> n > 0);
    }

    /** One page of the district's pathways in creation order, plus one row that tells whether more follow. */
    public Uni<List<Pathway>> page(String district, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("district = :district");
        Parameters params = Parameters.with("district", district);
        return find(PageCursor.oldestFirst(query, params, after, "createdAt", "id"), params)
                .range(0, limit)
                .list()
                .call(this::loadRequirements);
    }

    /** Fills both requirement sets of pathways already in the session, one query each. */
    private Uni<List<Pathway>> loadRequirements(List<Pathway> pathways) {
        if (pathways.isEmpty()) {
            return Uni.createFrom().item(pathways);
        }
        Parameters ids = Parameters.with("ids", pathways.stream().map(p -> p.id).toList());
        return find("select distinct p from Pathway p left join fetch p.requiredCourseIds where p.id in :ids", ids)
                .list()
                .chain(() -> find(
                                "select distinct p from Pathway p left join fetch p.requiredCompetencyIds"
                                        + " where p.id in :ids",
                                ids)
                        .list());
    }
}
