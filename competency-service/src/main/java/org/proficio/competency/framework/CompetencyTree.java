package org.proficio.competency.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proficio.competency.framework.FrameworkRequests.NewCompetency;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Checks that the competencies of a request form a tree: codes unique, every parent named exists, and no code is
 * its own ancestor. All problems are reported at once, with the field they are in.
 */
final class CompetencyTree {

    private CompetencyTree() {}

    static void check(List<NewCompetency> competencies) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> indexByCode = new HashMap<>();
        for (int i = 0; i < competencies.size(); i++) {
            Integer first = indexByCode.putIfAbsent(competencies.get(i).code(), i);
            if (first != null) {
                errors.add(
                        new FieldError("competencies[" + i + "].code", "duplicates competencies[" + first + "].code"));
            }
        }
        for (int i = 0; i < competencies.size(); i++) {
            String parent = competencies.get(i).parentCode();
            if (parent != null && !indexByCode.containsKey(parent)) {
                errors.add(new FieldError("competencies[" + i + "].parentCode", "names no competency: " + parent));
            }
        }
        if (errors.isEmpty()) {
            findCycle(competencies)
                    .ifPresent(cycle -> errors.add(
                            new FieldError("competencies", "parents form a cycle: " + String.join(" -> ", cycle))));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422, "invalid-tree", "Invalid competency tree", "The competencies do not form a tree.", errors);
        }
    }

    private static java.util.Optional<List<String>> findCycle(List<NewCompetency> competencies) {
        Map<String, String> parentOf = new LinkedHashMap<>();
        competencies.forEach(c -> parentOf.put(c.code(), c.parentCode()));
        Set<String> cleared = new HashSet<>();
        for (String start : parentOf.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String current = start;
            while (current != null && !cleared.contains(current)) {
                if (!onPath.add(current)) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
                    cycle.add(current);
                    return java.util.Optional.of(cycle);
                }
                path.add(current);
                current = parentOf.get(current);
            }
            cleared.addAll(path);
        }
        return java.util.Optional.empty();
    }
}
