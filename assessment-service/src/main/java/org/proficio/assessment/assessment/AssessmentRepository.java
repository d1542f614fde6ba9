package org.proficio.assessment.assessment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Assessments, always looked up within one district, with their competencies. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    private static final String WITH_COMPETENCIES =
            "select distinct a from Assessment a left join fetch a.competencyIds";

    /** The district's assessment, or null. */
    public Uni<Assessment> findInDistrict(String district, UUID id) {
        return find(
                        WITH_COMPETENCIES + " where a.id = :id and a.district = :district",
                        params(district).and("id", id))
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The district's assessment of this xAPI activity, or null. */
    public Uni<Assessment> findByActivity(String district, String activityId) {
        return find(
                        WITH_COMPETENCIES + " where a.activityId = :activityId and a.district = :district",
                        params(district).and("activityId", activityId))
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** Whether another assessment of the district already claims this xAPI activity. */
    public Uni<Boolean> activityTaken(String district, String activityId, UUID except) {
        return count(
                        "district = :district and activityId = :activityId and id <> :except",
                        params(district).and("activityId", activityId).and("except", except))
                .map(n -> n > 0);
    }

    /**
     * Up to {@code rows} of the district's assessments after the cursor, newest first, optionally only those aligned
     * to a competency or of one kind. Competencies are loaded by a second query (no fetch join in a paged query).
     */
    public Uni<List<Assessment>> page(
            String district, UUID competencyId, AssessmentKind kind, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("from Assessment a where a.district = :district");
        Parameters params = params(district);
        if (competencyId != null) {
            query.append(" and :competencyId member of a.competencyIds");
            params.and("competencyId", competencyId);
        }
        if (kind != null) {
            query.append(" and a.kind = :kind");
            params.and("kind", kind);
        }
        return find(PageCursor.newestFirst(query, params, after, "a.createdAt", "a.id"), params)
                .range(0, rows - 1)
                .list()
                .call(page -> page.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : find(
                                        WITH_COMPETENCIES + " where a.id in ?1",
                                        page.stream().map(a -> a.id).toList())
                                .list());
    }

    private static Parameters params(String district) {
        return Parameters.with("district", district);
    }
}
