package org.proficio.competency.caseapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CFItemTypes, CFSubjects and CFConcepts sets of the CASE API: the requested definition first, then its
 * descendants by {@code hierarchyCode} (codes under {@code <code>.}), in hierarchy order.
 */
final class DefinitionSets {

    private static final Comparator<String> HIERARCHY = DefinitionSets::compareCodes;

    private DefinitionSets() {}

    /** {@code requested} followed by those of {@code kin} below it in the hierarchy. */
    static List<ObjectNode> withDescendants(ObjectNode requested, List<ObjectNode> kin) {
        String code = code(requested);
        if (code == null || code.isBlank()) {
            return List.of(requested);
        }
        String prefix = code + ".";
        Stream<ObjectNode> descendants = kin.stream()
                .filter(d -> {
                    String c = code(d);
                    return c != null && c.startsWith(prefix);
                })
                .sorted(Comparator.comparing(DefinitionSets::code, HIERARCHY));
        return Stream.concat(Stream.of(requested), descendants).toList();
    }

    private static String code(ObjectNode definition) {
        JsonNode code = definition.get("hierarchyCode");
        return code == null || code.isNull() ? null : code.asText();
    }

    /** Segment by segment, numerically where both segments are numbers: 1.2 before 1.10. */
    static int compareCodes(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
