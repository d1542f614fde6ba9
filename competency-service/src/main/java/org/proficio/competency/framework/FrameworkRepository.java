package org.proficio.competency.framework;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.proficio.platform.paging.PageCursor;

/** Frameworks, always looked up within one district. */
@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<Framework, UUID> {

    /** The framework with its competencies and scale loaded, or null if the district has no such framework. */
    public Uni<Framework> findComplete(String district, UUID id) {
        return find(
                        "from Framework f left join fetch f.competencies where f.id = :id and f.district = :district",
                        Parameters.with("id", id).and("district", district))
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0))
                .call(f -> f == null ? Uni.createFrom().nullItem() : Mutiny.fetch(f.scale));
    }

    /**
     * As {@link #findComplete}, with the associations (tree, prerequisites and the rest) loaded too: what publishing,
     * replacing a draft and starting a new version need, and reading does not.
     */
    public Uni<Framework> findWithAssociations(String district, UUID id) {
        return findComplete(district, id)
                .call(f -> f == null ? Uni.createFrom().nullItem() : Mutiny.fetch(f.associations));
    }

    /** The draft version of the framework with this CASE identifier, or null. */
    public Uni<Framework> draftOf(String district, String identifier) {
        return find(
                        "district = :district and identifier = :identifier and status = :draft",
                        Parameters.with("district", district)
                                .and("identifier", identifier)
                                .and("draft", Framework.Status.DRAFT))
                .firstResult();
    }

    /** One page of the district's frameworks in creation order, plus one row that tells whether more follow. */
    public Uni<List<Framework>> page(String district, boolean includeDrafts, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("district = :district");
        Parameters params = Parameters.with("district", district);
        if (!includeDrafts) {
            query.append(" and status = :published");
            params.and("published", Framework.Status.PUBLISHED);
        }
        return find(PageCursor.oldestFirst(query, params, after, "createdAt", "id"), params)
                .range(0, limit)
                .list(); // range is inclusive: limit + 1 rows
    }
}
