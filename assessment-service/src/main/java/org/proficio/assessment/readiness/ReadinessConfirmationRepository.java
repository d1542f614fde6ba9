package org.proficio.assessment.readiness;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Readiness confirmations, always within one district and learner. */
@ApplicationScoped
public class ReadinessConfirmationRepository implements PanacheRepositoryBase<ReadinessConfirmation, UUID> {

    /** Whether an educator has confirmed the learner ready for the assessment. */
    public Uni<Boolean> exists(String district, String learnerId, UUID assessmentId) {
        return count(
                        "district = :district and learnerId = :learnerId and assessmentId = :assessmentId",
                        Parameters.with("district", district)
                                .and("learnerId", learnerId)
                                .and("assessmentId", assessmentId))
                .map(n -> n > 0);
    }

    /** Up to {@code rows} of the learner's confirmations after the cursor, newest first. */
    public Uni<List<ReadinessConfirmation>> page(
            String district, String learnerId, UUID assessmentId, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("district = :district and learnerId = :learnerId");
        Parameters params = Parameters.with("district", district).and("learnerId", learnerId);
        if (assessmentId != null) {
            query.append(" and assessmentId = :assessmentId");
            params.and("assessmentId", assessmentId);
        }
        return find(PageCursor.newestFirst(query, params, after, "confirmedAt", "id"), params)
                .range(0, rows - 1)
                .list();
    }
}
