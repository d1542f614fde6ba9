package org.proficio.assessment.readiness;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Preparation records, always within one district and learner. */
@ApplicationScoped
public class PreparationRepository implements PanacheRepositoryBase<Preparation, UUID> {

    /** Whether preparation for the assessment was recorded after {@code since}. */
    public Uni<Boolean> recordedSince(String district, String learnerId, UUID assessmentId, OffsetDateTime since) {
        return count(
                        "district = :district and learnerId = :learnerId and assessmentId = :assessmentId"
                                + " and recordedAt > :since",
                        Parameters.with("district", district)
                                .and("learnerId", learnerId)
                                .and("assessmentId", assessmentId)
                                .and("since", since))
                .map(n -> n > 0);
    }

    /** Up to {@code rows} of the learner's preparation after the cursor, newest recorded first. */
    public Uni<List<Preparation>> page(
            String district, String learnerId, UUID assessmentId, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("district = :district and learnerId = :learnerId");
        Parameters params = Parameters.with("district", district).and("learnerId", learnerId);
        if (assessmentId != null) {
            query.append(" and assessmentId = :assessmentId");
            params.and("assessmentId", assessmentId);
        }
        return find(PageCursor.newestFirst(query, params, after, "recordedAt", "id"), params)
                .range(0, rows - 1)
                .list();
    }
}
