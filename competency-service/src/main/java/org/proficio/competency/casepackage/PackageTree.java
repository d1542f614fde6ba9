package org.proficio.competency.casepackage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.proficio.competency.casepackage.PackageReader.Link;
import org.proficio.competency.casepackage.PackageReader.Place;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Cycles;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * The competency tree of a package. An item's parent is the destination of its first isChildOf that ends at an item
 * of the package or at the document (then the item is a root); items without one are roots too, after the others.
 * Children are ordered by the sequenceNumber of that isChildOf, then by the order of the associations. Cycles among
 * isChildOf, or among precedes, are refused.
 */
record PackageTree(List<Competency> ordered, Map<String, String> parents) {

    private static final Comparator<Link> SIBLING_ORDER = Comparator.comparing(
                    (Link l) -> l.association().sequenceNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(l -> l.association().position);

    static PackageTree of(Map<String, Competency> items, List<Link> links, PackageReading reading) {
        refuseCycles(links, Association.IS_CHILD_OF);
        refuseCycles(links, Association.PRECEDES);

        Map<String, Link> parentLink = new HashMap<>();
        Set<String> childOfOutside = new LinkedHashSet<>();
        for (Link link : links) {
            if (!link.association().type.equals(Association.IS_CHILD_OF)
                    || link.origin().place() != Place.ITEM) {
                continue;
            }
            if (link.destination().place() == Place.OUTSIDE) {
                childOfOutside.add(link.origin().identifier());
            } else {
                parentLink.putIfAbsent(link.origin().identifier(), link);
            }
        }

        Map<String, List<Link>> children = new HashMap<>();
        List<Link> documentChildren = new ArrayList<>();
        Map<String, String> parents = new LinkedHashMap<>();
        parentLink.values().forEach(link -> {
            if (link.destination().place() == Place.DOCUMENT) {
                documentChildren.add(link);
            } else {
                children.computeIfAbsent(link.destination().identifier(), k -> new ArrayList<>())
                        .add(link);
                parents.put(link.origin().identifier(), link.destination().identifier());
            }
        });
        documentChildren.sort(SIBLING_ORDER);
        children.values().forEach(list -> list.sort(SIBLING_ORDER));

        List<String> roots = new ArrayList<>();
        documentChildren.forEach(l -> roots.add(l.origin().identifier()));
        for (String id : items.keySet()) {
            if (!parentLink.containsKey(id)) {
                roots.add(id);
                if (childOfOutside.contains(id)) {
                    reading.issue(
                            "CFAssociations",
                            id,
                            "the item is a child only of nodes outside the package; it is a root here");
                }
            }
        }

        List<Competency> ordered = new ArrayList<>(items.size());
        List<Iterator<String>> stack = new ArrayList<>();
        stack.add(roots.iterator());
        while (!stack.isEmpty()) {
            Iterator<String> next = stack.get(stack.size() - 1);
            if (!next.hasNext()) {
                stack.remove(stack.size() - 1);
                continue;
            }
            String id = next.next();
            Competency item = items.get(id);
            item.position = ordered.size();
            ordered.add(item);
            List<Link> below = children.get(id);
            if (below != null) {
                stack.add(below.stream().map(l -> l.origin().identifier()).iterator());
            }
        }
        return new PackageTree(ordered, parents);
    }

    /** Refuses a cycle among the associations of one type between items of the package. */
    private static void refuseCycles(List<Link> links, String type) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (Link link : links) {
            if (link.association().type.equals(type)
                    && link.origin().place() == Place.ITEM
                    && link.destination().place() == Place.ITEM) {
                edges.computeIfAbsent(link.origin().identifier(), k -> new ArrayList<>())
                        .add(link.destination().identifier());
            }
        }
        Optional<List<String>> cycle = Cycles.find(edges);
        if (cycle.isPresent()) {
            String path = String.join(" -> ", cycle.get());
            throw new ProblemException(
                    422,
                    "cycle",
                    "Cycle among " + type,
                    "The " + type + " associations form a cycle: " + path + ".",
                    List.of(new FieldError("CFAssociations", type + " cycle: " + path)));
        }
    }
}
