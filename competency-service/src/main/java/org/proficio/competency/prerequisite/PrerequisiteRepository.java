package org.proficio.competency.prerequisite;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.prerequisite.PrerequisiteGraph.Edge;

/**
 * Reads and writes prerequisite edges: {@code precedes} associations whose both ends are competencies of the
 * district. Paths are walked in PostgreSQL (recursive queries over the association indexes), only over edges of
 * the frameworks in the given statuses, with both ends in such frameworks. Runs in the caller's session.
 */
@ApplicationScoped
public class PrerequisiteRepository {

    /** Advisory lock class of prerequisite writes; the second key is the district's hash. */
    private static final int LOCK_NAMESPACE = 0x70726571; // "preq"

    /** Which way a walk follows the edges. */
    public enum Direction {
        /** From a competency to what it requires. */
        PREREQUISITES("destination_id", "origin_id"),
        /** From a competency to what requires it. */
        UNLOCKS("origin_id", "destination_id");

        private final String from;
        private final String to;

        Direction(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /**
     * Waits for, then holds until the transaction ends, the district's prerequisite lock: cycle checks of two
     * concurrent writers see each other's edges.
     */
    public Uni<Void> lockDistrict(String district) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select 1 from pg_advisory_xact_lock(:namespace, hashtext(:district))", Integer.class)
                        .setParameter("namespace", LOCK_NAMESPACE)
                        .setParameter("district", district)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The competency with its framework, or null when the district has none by that id. */
    public Uni<Competency> competency(String district, UUID id) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "from Competency c join fetch c.framework where c.id = :id and c.district = :district",
                                Competency.class)
                        .setParameter("id", id)
                        .setParameter("district", district)
                        .getSingleResultOrNull());
    }

    /** The competencies with their frameworks. */
    public Uni<List<Competency>> competencies(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "from Competency c join fetch c.framework where c.id in :ids", Competency.class)
                        .setParameter("ids", ids)
                        .getResultList());
    }

    /** The edge from {@code prerequisite} to {@code competency} owned by {@code framework}, or null. */
    public Uni<Association> edge(UUID framework, UUID prerequisite, UUID competency) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "from Association a where a.framework.id = :framework and a.type = :type"
                                        + " and a.originId = :prerequisite and a.destinationId = :competency",
                                Association.class)
                        .setParameter("framework", framework)
                        .setParameter("type", Association.PRECEDES)
                        .setParameter("prerequisite", prerequisite)
                        .setParameter("competency", competency)
                        .setMaxResults(1)
                        .getSingleResultOrNull());
    }

    /** The position after the framework's last association. */
    public Uni<Integer> nextPosition(UUID framework) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "select coalesce(max(a.position), -1) + 1 from Association a"
                                        + " where a.framework.id = :framework",
                                Integer.class)
                        .setParameter("framework", framework)
                        .getSingleResult());
    }

    public Uni<Void> persist(Association edge) {
        return Panache.getSession().chain(s -> s.persist(edge));
    }

    public Uni<Void> remove(Association edge) {
        return Panache.getSession().chain(s -> s.remove(edge));
    }

    /**
     * The edges met when walking from a competency in one direction: only its own edges, or ({@code transitive})
     * every edge reachable, each once (a cycle in imported data ends the walk).
     *
     * @param owners statuses of the frameworks whose edges count
     * @param ends statuses the frameworks of both ends must have, or null for any
     */
    public Uni<List<Edge>> walk(
            String district,
            UUID start,
            Direction direction,
            boolean transitive,
            Set<Framework.Status> owners,
            Set<Framework.Status> ends) {
        String first = "select a.origin_id, a.destination_id" + edges("", owners, ends) + " and a." + direction.from
                + " = :start";
        String sql = !transitive
                ? first
                : "with recursive walk(origin_id, destination_id) as (" + first + " union"
                        + " select a.origin_id, a.destination_id"
                        + edges(" join walk w on a." + direction.from + " = w." + direction.to, owners, ends)
                        + ") select origin_id, destination_id from walk";
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, Object[].class)
                        .setParameter("district", district)
                        .setParameter("start", start)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Edge((UUID) r[0], (UUID) r[1]))
                        .distinct()
                        .toList());
    }

    /**
     * {@code from ... where ...} of the district's precedes edges between two of its competencies, owned by a
     * framework in one of {@code owners}, both ends in frameworks in one of {@code ends} (unless null). Statuses are
     * enum names, never client text.
     */
    private static String edges(String join, Set<Framework.Status> owners, Set<Framework.Status> ends) {
        StringBuilder sql = new StringBuilder(" from association a")
                .append(join)
                .append(" join framework owner on owner.id = a.framework_id");
        if (ends != null) {
            sql.append(" join competency o on o.id = a.origin_id join framework ofw on ofw.id = o.framework_id")
                    .append(" join competency d on d.id = a.destination_id")
                    .append(" join framework dfw on dfw.id = d.framework_id");
        }
        sql.append(" where a.district = :district and a.type = '")
                .append(Association.PRECEDES)
                .append("' and a.origin_id is not null and a.destination_id is not null")
                .append(" and owner.status in ")
                .append(in(owners));
        if (ends != null) {
            sql.append(" and ofw.status in ")
                    .append(in(ends))
                    .append(" and dfw.status in ")
                    .append(in(ends));
        }
        return sql.toString();
    }

    private static String in(Set<Framework.Status> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ", "(", ")"));
    }
}
