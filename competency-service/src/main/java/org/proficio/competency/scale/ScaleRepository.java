package org.proficio.competency.scale;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** The proficiency scales districts defined, always looked up within one district. */
@ApplicationScoped
public class ScaleRepository implements PanacheRepositoryBase<ProficiencyScale, UUID> {

    /** The scale with its levels, or null if the district has no such scale. */
    public Uni<ProficiencyScale> findWithLevels(String district, UUID id) {
        return find(
                        "from ProficiencyScale s left join fetch s.levels where s.id = :id and s.district = :district",
                        Parameters.with("id", id).and("district", district))
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<Boolean> nameTaken(String district, String name) {
        return count("district = ?1 and lower(name) = lower(?2)", district, name)
                .map(n -> n > 0);
    }

    /** Up to {@code rows} scales after the cursor in creation order, with their levels. */
    public Uni<List<ProficiencyScale>> page(String district, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("district = :district");
        Parameters params = Parameters.with("district", district);
        return find(PageCursor.oldestFirst(query, params, after, "createdAt", "id"), params)
                .range(0, rows - 1)
                .list()
                .call(scales -> scales.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : find(
                                        "from ProficiencyScale s left join fetch s.levels where s.id in :ids",
                                        Parameters.with(
                                                "ids",
                                                scales.stream().map(s -> s.id).toList()))
                                .list());
    }
}
