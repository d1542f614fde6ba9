package org.proficio.assessment.evidence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Evidence, always looked up within one district. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    /** The evidence with its scores, or null if the district has none by that id. */
    public Uni<Evidence> findWithScores(String district, UUID id) {
        return find(
                        "from Evidence e left join fetch e.scores where e.id = :id and e.district = :district",
                        Parameters.with("id", id).and("district", district))
                .list() // not firstResult(): a row limit with a collection fetch makes Hibernate page in memory
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * Up to {@code rows} of a learner's evidence after the cursor, newest submission first. Scores are loaded by a
     * second query: a fetch join in the paged query would make Hibernate page in memory.
     */
    public Uni<List<Evidence>> pageOfLearner(String district, String learnerId, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("district = :district and learnerId = :learnerId");
        Parameters params = Parameters.with("district", district).and("learnerId", learnerId);
        if (after != null) {
            query.append(" and (submittedAt < :after or (submittedAt = :after and id < :afterId))");
            params.and("after", after.after()).and("afterId", after.afterId());
        }
        query.append(" order by submittedAt desc, id desc");
        return find(query.toString(), params)
                .range(0, rows - 1)
                .list()
                .call(page -> page.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : find(
                                        "from Evidence e left join fetch e.scores where e.id in ?1",
                                        page.stream().map(e -> e.id).toList())
                                .list());
    }
}
