package org.proficio.competency.resource;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.platform.paging.PageCursor;

/** Learning resources, always looked up within one district. */
@ApplicationScoped
public class LearningResourceRepository implements PanacheRepositoryBase<LearningResource, UUID> {

    public Uni<LearningResource> find(String district, UUID id) {
        return find("id = ?1 and district = ?2", id, district).firstResult();
    }

    /** The competency with its framework, or null if the district has no such competency. */
    public Uni<Competency> competency(String district, UUID competencyId) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "from Competency c join fetch c.framework where c.id = :id and c.district = :district",
                                Competency.class)
                        .setParameter("id", competencyId)
                        .setParameter("district", district)
                        .getSingleResultOrNull());
    }

    public Uni<Framework.Status> frameworkStatus(UUID frameworkId) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select f.status from Framework f where f.id = :id", Framework.Status.class)
                        .setParameter("id", frameworkId)
                        .getSingleResultOrNull());
    }

    /** One page of the competency's resources in the order they were added, plus one row if more follow. */
    public Uni<List<LearningResource>> page(UUID competencyId, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("competencyId = :competency");
        Parameters params = Parameters.with("competency", competencyId);
        return find(PageCursor.oldestFirst(query, params, after, "createdAt", "id"), params)
                .range(0, limit)
                .list();
    }

    public Uni<List<LearningResource>> forFramework(UUID frameworkId) {
        return list("frameworkId = ?1 order by createdAt, id", frameworkId);
    }
}
