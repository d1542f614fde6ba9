package org.proficio.progression.mastery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** The decision history; rows are only ever added. */
@ApplicationScoped
public class MasteryDecisionRepository implements PanacheRepositoryBase<MasteryDecision, UUID> {

    /** The learner's decisions on the competency, oldest first. */
    public Uni<List<MasteryDecision>> listOf(String district, String learnerId, UUID competencyId) {
        return find(
                        "district = :district and learnerId = :learnerId and competencyId = :competencyId"
                                + " order by decidedAt, id",
                        Parameters.with("district", district)
                                .and("learnerId", learnerId)
                                .and("competencyId", competencyId))
                .list();
    }

    /** One page of the learner's decisions on the competency, newest first ({@code rows} = page size + 1). */
    public Uni<List<MasteryDecision>> page(
            String district, String learnerId, UUID competencyId, PageCursor after, int rows) {
        StringBuilder query =
                new StringBuilder("district = :district and learnerId = :learnerId and competencyId = :competencyId");
        Parameters params = Parameters.with("district", district)
                .and("learnerId", learnerId)
                .and("competencyId", competencyId);
        return find(PageCursor.newestFirst(query, params, after, "decidedAt", "id"), params)
                .range(0, rows - 1)
                .list();
    }

    /**
     * The district's decisions after a feed position, in the order of their transactions, and only those of
     * transactions older than every one still running: a later read never finds a decision before a position it was
     * given ({@code rows} = page size + 1).
     */
    public Uni<List<MasteryDecision>> feed(String district, long afterTx, long afterSeq, int rows) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                select * from mastery_decision
                                where district = :district and (tx, seq) > (:tx, :seq)
                                  and tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                                order by tx, seq
                                limit :rows""", MasteryDecision.class)
                        .setParameter("district", district)
                        .setParameter("tx", afterTx)
                        .setParameter("seq", afterSeq)
                        .setParameter("rows", rows)
                        .getResultList());
    }

    /** The learner's decisions on these competencies, each competency's oldest first (her growth). */
    public Uni<List<MasteryDecision>> historyOf(String district, String learnerId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "district = :district and learnerId = :learner and competencyId in :ids"
                        + " order by competencyId, decidedAt, seq",
                io.quarkus.panache.common.Parameters.with("district", district)
                        .and("learner", learnerId)
                        .and("ids", ids));
    }
}
