package org.proficio.assessment.evidence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Evidence, always looked up within one district, with its alignments and final scores. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    /**
     * Which evidence of a district to list; null fields do not filter.
     *
     * @param submittedBy only what this principal submitted (integrations without the district-wide read scope)
     */
    public record Filter(String district, String learnerId, String sourceId, UUID assessmentId, String submittedBy) {}

    /** The evidence with its alignments and scores, or null if the district has none by that id. */
    public Uni<Evidence> findWithScores(String district, UUID id) {
        return find(
                        "district = :district and id = :id",
                        Parameters.with("id", id).and("district", district))
                .firstResult()
                .call(e -> e == null ? Uni.createFrom().voidItem() : details(List.of(e)));
    }

    /** Up to {@code rows} of the filtered evidence after the cursor, newest submission first. */
    public Uni<List<Evidence>> page(Filter filter, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("district = :district");
        Parameters params = Parameters.with("district", filter.district());
        if (filter.learnerId() != null) {
            query.append(" and learnerId = :learnerId");
            params.and("learnerId", filter.learnerId());
        }
        if (filter.sourceId() != null) {
            query.append(" and sourceId = :sourceId");
            params.and("sourceId", filter.sourceId());
        }
        if (filter.assessmentId() != null) {
            query.append(" and assessmentId = :assessmentId");
            params.and("assessmentId", filter.assessmentId());
        }
        if (filter.submittedBy() != null) {
            query.append(" and submittedBy = :submittedBy");
            params.and("submittedBy", filter.submittedBy());
        }
        return find(PageCursor.newestFirst(query, params, after, "submittedAt", "id"), params)
                .range(0, rows - 1)
                .list()
                .call(this::details);
    }

    /**
     * Loads the alignments, then the scores, of these (managed) evidence rows: two queries, as fetch joins of two
     * lists in one query are refused, and a fetch join in a paged query would make Hibernate page in memory.
     */
    public Uni<Void> details(List<Evidence> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = rows.stream().map(e -> e.id).toList();
        return find("from Evidence e left join fetch e.alignments where e.id in ?1", ids)
                .list()
                .chain(() -> find("from Evidence e left join fetch e.scores where e.id in ?1", ids)
                        .list())
                .replaceWithVoid();
    }
}
