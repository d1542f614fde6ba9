package org.proficio.progression.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.proficio.catalog.CatalogCourse;
import org.proficio.catalog.CatalogPrerequisite;
import org.proficio.catalog.CatalogResource;

/**
 * What advancement asks the catalog read model: which competencies come after which (prerequisites), which courses
 * count a competency, and the learning resources of a competency. Joins the caller's session.
 */
@ApplicationScoped
public class CatalogGraph {

    /** The prerequisite rows of these competencies (what each needs first). */
    public Uni<List<CatalogPrerequisite>> prerequisitesOf(String district, Collection<UUID> competencyIds) {
        return select(
                "from CatalogPrerequisite where district = :district and competencyId in :ids",
                CatalogPrerequisite.class,
                district,
                competencyIds);
    }

    /** The prerequisite rows naming any of these competencies as the prerequisite (what they open). */
    public Uni<List<CatalogPrerequisite>> dependentsOf(String district, Collection<UUID> competencyIds) {
        return select(
                "from CatalogPrerequisite where district = :district and prerequisiteId in :ids",
                CatalogPrerequisite.class,
                district,
                competencyIds);
    }

    /**
     * The district's course rows that count this competency (a course may have a row per framework). A query, not
     * native SQL: Hibernate Reactive 3 never finds a native query's plan in its plan cache, and each run would add
     * one that pushes others out.
     */
    public Uni<List<CatalogCourse>> coursesCounting(String district, UUID competencyId) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "from CatalogCourse c where c.district = :district"
                                        + " and cast(c.competencyIds as String) like :id"
                                        + " order by c.courseId, c.position",
                                CatalogCourse.class)
                        .setParameter("district", district)
                        .setParameter("id", "%" + competencyId + "%")
                        .getResultList())
                .map(rows -> rows.stream()
                        .filter(c -> c.competencyIds.contains(competencyId))
                        .toList());
    }

    /** The learning resources the catalog links to these competencies, in catalog order. */
    public Uni<List<CatalogResource>> resourcesOf(String district, Collection<UUID> competencyIds) {
        return select(
                "from CatalogResource where district = :district and competencyId in :ids order by position",
                CatalogResource.class,
                district,
                competencyIds);
    }

    private static <T> Uni<List<T>> select(String query, Class<T> type, String district, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(query, type)
                        .setParameter("district", district)
                        .setParameter("ids", ids)
                        .getResultList());
    }
}
