package org.proficio.progression.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.proficio.catalog.CatalogCourse;

/**
 * The district's courses as the catalog read model knows them (from the frameworks' snapshots, one row per framework
 * a course counts competencies of). Joins the caller's session.
 */
@ApplicationScoped
public class CourseCatalog {

    /** The district's courses among {@code ids}, by id. */
    public Uni<Map<UUID, CatalogCourse>> byId(String district, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return query("c.courseId in :values", district, ids).map(rows -> {
            Map<UUID, CatalogCourse> courses = new LinkedHashMap<>();
            rows.forEach(c -> courses.putIfAbsent(c.courseId, c));
            return courses;
        });
    }

    /** The district's courses whose code is among {@code codes}, by code in lower case. */
    public Uni<Map<String, CatalogCourse>> byCode(String district, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<String> lower =
                codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
        return query("lower(c.code) in :values", district, lower).map(rows -> {
            Map<String, CatalogCourse> courses = new LinkedHashMap<>();
            rows.forEach(c -> courses.putIfAbsent(c.code.toLowerCase(Locale.ROOT), c));
            return courses;
        });
    }

    private static Uni<List<CatalogCourse>> query(String condition, String district, Collection<?> values) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "from CatalogCourse c where c.district = :district and " + condition
                                        + " order by c.courseId, c.position",
                                CatalogCourse.class)
                        .setParameter("district", district)
                        .setParameter("values", values)
                        .getResultList());
    }
}
