package org.proficio.assessment.scoring;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.proficio.assessment.evidence.EvidenceAlignment;
import org.proficio.platform.paging.PageCursor;

/** Rater scores, always within one district, in scoring order. */
@ApplicationScoped
public class RaterScoreRepository implements PanacheRepositoryBase<RaterScore, UUID> {

    private static final String RATING = "select new " + Rating.class.getName()
            + "(r.evidenceId, r.competencyId, r.assessmentId, r.rater, r.rank, r.scaleLevels) from RaterScore r";

    /** An open moderation: the alignment and when its last rater scored. */
    public record OpenModeration(UUID alignmentId, UUID evidenceId, UUID competencyId, OffsetDateTime requiredAt) {}

    /** The scores of one competency of one piece of evidence, in scoring order. */
    public Uni<List<RaterScore>> listForItem(String district, UUID evidenceId, UUID competencyId) {
        return list(
                "district = :district and evidenceId = :evidenceId and competencyId = :competencyId"
                        + " order by scoredAt, id",
                Parameters.with("district", district)
                        .and("evidenceId", evidenceId)
                        .and("competencyId", competencyId));
    }

    /** The scores of these pieces of evidence, in scoring order. */
    public Uni<List<RaterScore>> listForEvidence(String district, Collection<UUID> evidenceIds) {
        return list(
                "district = :district and evidenceId in :ids order by scoredAt, id",
                Parameters.with("district", district).and("ids", evidenceIds));
    }

    /** The ratings of the district's assessment scored in [from, to) (null bounds do not limit). */
    public Uni<List<Rating>> ratingsOfAssessment(
            String district, UUID assessmentId, OffsetDateTime from, OffsetDateTime to) {
        StringBuilder query = new StringBuilder(RATING + " where r.district = :district and r.assessmentId = :id");
        Parameters params = Parameters.with("district", district).and("id", assessmentId);
        return ratings(query, params, from, to);
    }

    /**
     * The ratings, scored in [from, to), of every item the rater scored in that period: the rater's own and the other
     * raters' of the same evidence and competency.
     */
    public Uni<List<Rating>> ratingsAlongside(String district, String rater, OffsetDateTime from, OffsetDateTime to) {
        StringBuilder query = new StringBuilder(RATING
                + " where r.district = :district and exists (select 1 from RaterScore m where m.district = :district"
                + " and m.evidenceId = r.evidenceId and m.competencyId = r.competencyId and m.rater = :rater"
                + period("m", from, to) + ")");
        Parameters params = Parameters.with("district", district).and("rater", rater);
        return ratings(query, params, from, to);
    }

    private static Uni<List<Rating>> ratings(
            StringBuilder query, Parameters params, OffsetDateTime from, OffsetDateTime to) {
        query.append(period("r", from, to)).append(" order by r.evidenceId, r.competencyId, r.scoredAt, r.id");
        if (from != null) {
            params.and("from", from);
        }
        if (to != null) {
            params.and("to", to);
        }
        return Panache.getSession().chain(session -> {
            var q = session.createSelectionQuery(query.toString(), Rating.class);
            params.map().forEach(q::setParameter);
            return q.getResultList();
        });
    }

    private static String period(String alias, OffsetDateTime from, OffsetDateTime to) {
        return (from == null ? "" : " and " + alias + ".scoredAt >= :from")
                + (to == null ? "" : " and " + alias + ".scoredAt < :to");
    }

    /**
     * Up to {@code rows} of the district's competencies awaiting moderation after the cursor, oldest first (by the
     * time of their last rater score).
     */
    public Uni<List<OpenModeration>> openModerations(String district, PageCursor after, int rows) {
        String query = "select a.id, a.evidence.id, a.competencyId, max(r.scoredAt) from EvidenceAlignment a"
                + " join RaterScore r on r.evidenceId = a.evidence.id and r.competencyId = a.competencyId"
                + " where a.district = :district and a.status = :status and r.district = :district"
                + " group by a.id, a.evidence.id, a.competencyId"
                + (after == null
                        ? ""
                        : " having max(r.scoredAt) > :after or (max(r.scoredAt) = :after and a.id > :afterId)")
                + " order by max(r.scoredAt), a.id";
        return Panache.getSession().chain(session -> {
            var q = session.createSelectionQuery(query, Object[].class)
                    .setParameter("district", district)
                    .setParameter("status", EvidenceAlignment.Status.MODERATION_REQUIRED);
            if (after != null) {
                q.setParameter("after", after.after()).setParameter("afterId", after.afterId());
            }
            return q.setMaxResults(rows)
                    .getResultList()
                    .map(found -> found.stream()
                            .map(row -> new OpenModeration(
                                    (UUID) row[0], (UUID) row[1], (UUID) row[2], (OffsetDateTime) row[3]))
                            .toList());
        });
    }
}
