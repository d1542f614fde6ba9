package org.proficio.competency.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a cycle in a directed graph: the tree's parent links, prerequisite edges. Iterative depth-first search, so a
 * deep chain of thousands of nodes cannot overflow the stack.
 */
public final class Cycles {

    private Cycles() {}

    /**
     * One cycle of the graph, as the nodes along it with the first repeated at the end (e.g. {@code [a, b, c, a]}),
     * or empty when the graph is acyclic.
     *
     * @param edges for each node, the nodes it points to; nodes that appear only as targets need no entry
     */
    public static <K> Optional<List<K>> find(Map<K, ? extends Collection<K>> edges) {
        Map<K, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: done
        for (K start : edges.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<K> path = new ArrayList<>();
            List<java.util.Iterator<K>> next = new ArrayList<>();
            path.add(start);
            next.add(targets(edges, start));
            state.put(start, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<K> it = next.get(next.size() - 1);
                if (!it.hasNext()) {
                    state.put(path.remove(path.size() - 1), 2);
                    next.remove(next.size() - 1);
                    continue;
                }
                K target = it.next();
                Integer seen = state.get(target);
                if (seen == null) {
                    state.put(target, 1);
                    path.add(target);
                    next.add(targets(edges, target));
                } else if (seen == 1) {
                    List<K> cycle = new ArrayList<>(path.subList(path.indexOf(target), path.size()));
                    cycle.add(target);
                    return Optional.of(cycle);
                }
            }
        }
        return Optional.empty();
    }

    private static <K> java.util.Iterator<K> targets(Map<K, ? extends Collection<K>> edges, K node) {
        Collection<K> out = edges.get(node);
        return out == null ? java.util.Collections.emptyIterator() : out.iterator();
    }
}
