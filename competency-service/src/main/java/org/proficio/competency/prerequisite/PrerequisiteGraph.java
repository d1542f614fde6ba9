package org.proficio.competency.prerequisite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.proficio.competency.framework.Cycles;

/** Prerequisite edges (prerequisite -> competency that needs it) and what follows from them. */
final class PrerequisiteGraph {

    /** One precedes edge between two competencies. */
    record Edge(UUID prerequisite, UUID competency) {}

    private PrerequisiteGraph() {}

    /**
     * The cycle that the edge {@code prerequisite -> competency} would close, starting and ending at the prerequisite,
     * or empty when the edge keeps the graph acyclic.
     *
     * @param downstream the edges reachable from {@code competency}
     */
    static Optional<List<UUID>> cycleClosedBy(UUID prerequisite, UUID competency, Collection<Edge> downstream) {
        Map<UUID, List<UUID>> next = new LinkedHashMap<>();
        next.put(prerequisite, new ArrayList<>(List.of(competency))); // first key: the search starts on the new edge
        downstream.forEach(e ->
                next.computeIfAbsent(e.prerequisite(), k -> new ArrayList<>()).add(e.competency()));
        return Cycles.find(next);
    }

    /**
     * The nodes in dependency order: each after the nodes it requires among them (edges to or from other nodes are
     * ignored); among nodes free at the same time, {@code tieBreak} decides. Nodes on a cycle (possible only in
     * imported data) come last.
     */
    static <T> List<T> inDependencyOrder(
            Collection<T> nodes, Function<T, UUID> idOf, Collection<Edge> edges, Comparator<T> tieBreak) {
        Map<UUID, T> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(idOf.apply(n), n));
        Map<UUID, Integer> waitingFor = new HashMap<>();
        Map<UUID, List<UUID>> unlocks = new HashMap<>();
        for (Edge e : Set.copyOf(edges)) {
            if (byId.containsKey(e.prerequisite()) && byId.containsKey(e.competency())) {
                waitingFor.merge(e.competency(), 1, Integer::sum);
                unlocks.computeIfAbsent(e.prerequisite(), k -> new ArrayList<>())
                        .add(e.competency());
            }
        }
        PriorityQueue<T> free = new PriorityQueue<>(tieBreak);
        nodes.stream().filter(n -> !waitingFor.containsKey(idOf.apply(n))).forEach(free::add);
        List<T> order = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        while (!free.isEmpty()) {
            T node = free.poll();
            order.add(node);
            placed.add(idOf.apply(node));
            for (UUID next : unlocks.getOrDefault(idOf.apply(node), List.of())) {
                if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                    free.add(byId.get(next));
                }
            }
        }
        nodes.stream()
                .filter(n -> !placed.contains(idOf.apply(n)))
                .sorted(tieBreak)
                .forEach(order::add);
        return order;
    }
}
