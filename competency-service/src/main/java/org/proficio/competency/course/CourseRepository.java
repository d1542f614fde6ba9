package org.proficio.competency.course;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.paging.PageCursor;

/** Courses, always looked up within one district; "with competencies" means the competency ids are loaded. */
@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    /** The course with its competencies, or null if the district has no such course. */
    public Uni<Course> findWithCompetencies(String district, UUID id) {
        return find(
                        "select c from Course c left join fetch c.competencyIds where c.id = :id"
                                + " and c.district = :district",
                        Parameters.with("id", id).and("district", district))
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<Boolean> codeTaken(String district, String code, UUID except) {
        return count("district = ?1 and lower(code) = lower(?2) and id <> ?3", district, code, except)
                .map(n -> n > 0);
    }

    /** One page of the district's courses in creation order with their competencies, plus one if more follow. */
    public Uni<List<Course>> page(String district, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("district = :district");
        Parameters params = Parameters.with("district", district);
        return find(PageCursor.oldestFirst(query, params, after, "createdAt", "id"), params)
                .range(0, limit)
                .list()
                .call(this::loadCompetencies);
    }

    /** The courses that earn credit for at least one competency of the framework, with all their competencies. */
    public Uni<List<Course>> withCompetenciesOf(UUID frameworkId) {
        return find(
                        "select distinct c from Course c left join fetch c.competencyIds where c.id in (select c2.id"
                                + " from Course c2 join c2.competencyIds cid, Competency k where k.id = cid"
                                + " and k.framework.id = :framework) order by c.code",
                        Parameters.with("framework", frameworkId))
                .list();
    }

    /** The district's courses with these ids, or whose code is one of these (compared ignoring case). */
    public Uni<List<Course>> byIdsOrCodes(String district, Collection<UUID> ids, Collection<String> lowerCaseCodes) {
        return find(
                        "district = :district and (id in :ids or lower(code) in :codes)",
                        Parameters.with("district", district)
                                .and("ids", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids)
                                .and("codes", lowerCaseCodes.isEmpty() ? List.of("") : lowerCaseCodes))
                .list();
    }

    /** Names of the pathways that require the course. */
    public Uni<List<String>> pathwaysRequiring(UUID courseId) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "select p.name from pathway p join pathway_course pc on pc.pathway_id = p.id"
                                        + " where pc.course_id = :course order by p.name",
                                String.class)
                        .setParameter("course", courseId)
                        .getResultList());
    }

    private Uni<List<Course>> loadCompetencies(List<Course> courses) {
        if (courses.isEmpty()) {
            return Uni.createFrom().item(courses);
        }
        return find(
                        "select distinct c from Course c left join fetch c.competencyIds where c.id in :ids",
                        Parameters.with("ids", courses.stream().map(c -> c.id).toList()))
                .list();
    }
}
