package org.proficio.competency.course;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.competency.framework.Framework;
import org.proficio.platform.problem.Problem.FieldError;

/**
 * The district's competencies as courses and pathways name them: by id, from draft or published frameworks (a
 * retired framework's competencies can no longer be required).
 */
@ApplicationScoped
public class CatalogCompetencies {

    /** A competency a course or pathway names, with what clients need to show it. */
    public record Ref(UUID id, UUID frameworkId, Framework.Status status, String code, String statement, int position) {

        static final Comparator<Ref> CATALOG_ORDER =
                Comparator.comparing(Ref::frameworkId).thenComparingInt(Ref::position);
    }

    @Schema(name = "CompetencyReference")
    public record RefView(
            UUID id,
            UUID frameworkId,
            @Schema(examples = "6.RP.A.1") String code,
            String statement) {

        public static List<RefView> of(Collection<UUID> ids, Map<UUID, Ref> refs, boolean seesDrafts) {
            return ids.stream()
                    .map(refs::get)
                    .filter(r -> r != null && (seesDrafts || r.status() != Framework.Status.DRAFT))
                    .sorted(Ref.CATALOG_ORDER)
                    .map(r -> new RefView(r.id(), r.frameworkId(), r.code(), r.statement()))
                    .toList();
        }
    }

    /** The competencies among {@code ids} that the district has, by id. */
    public Uni<Map<UUID, Ref>> find(String district, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select c.id, c.framework.id, c.framework.status, c.code, c.statement, c.position"
                                        + " from Competency c where c.district = :district and c.id in :ids",
                                Object[].class)
                        .setParameter("district", district)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, Ref> refs = new HashMap<>();
                    for (Object[] row : rows) {
                        Ref ref = new Ref(
                                (UUID) row[0],
                                (UUID) row[1],
                                (Framework.Status) row[2],
                                (String) row[3],
                                (String) row[4],
                                (Integer) row[5]);
                        refs.put(ref.id(), ref);
                    }
                    return refs;
                });
    }

    /**
     * What is wrong with a request's list of competency ids: duplicates, and ids that name no competency of a draft
     * or published framework of the district.
     *
     * @param field the list's name in the request, e.g. {@code competencyIds}
     * @param found what {@link #find} returned for the list
     */
    public static List<FieldError> problems(String field, List<UUID> ids, Map<UUID, Ref> found) {
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Integer earlier = first.putIfAbsent(id, i);
            Ref ref = found.get(id);
            if (earlier != null) {
                errors.add(new FieldError(field + "[" + i + "]", "duplicates " + field + "[" + earlier + "]"));
            } else if (ref == null || ref.status() == Framework.Status.RETIRED) {
                errors.add(new FieldError(
                        field + "[" + i + "]",
                        "names no competency of a draft or published framework of your district: " + id));
            }
        }
        return errors;
    }
}
