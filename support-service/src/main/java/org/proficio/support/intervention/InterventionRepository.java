package org.proficio.support.intervention;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Interventions, always looked up within one district. */
@ApplicationScoped
public class InterventionRepository implements PanacheRepositoryBase<Intervention, UUID> {

    /** The district's intervention, or null. */
    public Uni<Intervention> findInDistrict(String district, UUID id) {
        return find(
                        "id = :id and district = :district",
                        Parameters.with("id", id).and("district", district))
                .firstResult();
    }

    /** The learner's open interventions on the competency: at most one, by the unique index. */
    public Uni<List<Intervention>> listOpen(String district, String learnerId, UUID competencyId) {
        return list(
                "district = :district and learnerId = :learnerId and competencyId = :competencyId"
                        + " and status = :open",
                Parameters.with("district", district)
                        .and("learnerId", learnerId)
                        .and("competencyId", competencyId)
                        .and("open", InterventionStatus.OPEN));
    }

    /**
     * The learner's interventions after the cursor, newest first: {@code rows} of them at most (callers ask for one
     * more than a page to tell if another page follows).
     */
    public Uni<List<Intervention>> page(
            String district, String learnerId, InterventionStatus status, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("district = :district and learnerId = :learnerId");
        Parameters params = Parameters.with("district", district).and("learnerId", learnerId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(PageCursor.newestFirst(query, params, after, "openedAt", "id"), params)
                .range(0, rows - 1)
                .list();
    }
}
