package org.proficio.competency.rubric;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.proficio.competency.framework.Competency;

/**
 * Rubrics with their criteria and level descriptors. Two queries each: criteria with one, their descriptors with a
 * second that fills the criteria already in the session (two list fetches in one query would multiply rows).
 */
@ApplicationScoped
public class RubricRepository implements PanacheRepositoryBase<Rubric, UUID> {

    /** The framework's rubrics in order, each with its criteria and their descriptors. */
    public Uni<List<Rubric>> forFramework(UUID frameworkId) {
        return find(
                        "select distinct r from Rubric r left join fetch r.criteria where r.framework.id = :framework"
                                + " order by r.position",
                        Parameters.with("framework", frameworkId))
                .list()
                .call(rubrics ->
                        levelsOf("c.rubric.framework.id = :framework", Parameters.with("framework", frameworkId)));
    }

    /** The rubric with its criteria and their descriptors, or null if the district has no such rubric. */
    public Uni<Rubric> findComplete(String district, UUID id) {
        return find(
                        "select distinct r from Rubric r left join fetch r.criteria where r.id = :id"
                                + " and r.district = :district",
                        Parameters.with("id", id).and("district", district))
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0))
                .call(r -> r == null
                        ? Uni.createFrom().nullItem()
                        : levelsOf("c.rubric.id = :rubric", Parameters.with("rubric", id)));
    }

    /** The district's criteria that judge the competency, with their rubric and descriptors. */
    public Uni<List<RubricCriterion>> criteriaJudging(String district, UUID competencyId) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select distinct c from RubricCriterion c join fetch c.rubric r left join fetch"
                                        + " c.levels where c.competencyId = :competency and r.district = :district"
                                        + " order by r.position, c.position",
                                RubricCriterion.class)
                        .setParameter("competency", competencyId)
                        .setParameter("district", district)
                        .getResultList());
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

    public Uni<Long> countInFramework(UUID frameworkId) {
        return count("framework.id", frameworkId);
    }

    private Uni<List<RubricCriterion>> levelsOf(String where, Parameters params) {
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(
                    "select distinct c from RubricCriterion c left join fetch c.levels where " + where,
                    RubricCriterion.class);
            params.map().forEach(query::setParameter);
            return query.getResultList();
        });
    }
}
