package org.proficio.assessment.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * FrameworkPublished data as the competency-service publishes it: a framework with the default four-level scale
 * and a few competencies, all with fresh ids so that tests never see each other's frameworks.
 */
public final class FrameworkSnapshots {

    private FrameworkSnapshots() {}

    /** A framework with {@code competencies} competencies (the first is the parent of the others). */
    public static Map<String, Object> framework(int competencies) {
        UUID frameworkId = UUID.randomUUID();
        List<Map<String, Object>> items = new ArrayList<>();
        UUID root = null;
        for (int i = 0; i < competencies; i++) {
            UUID id = UUID.randomUUID();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", id.toString());
            item.put("code", "C." + i);
            item.put("statement", "Statement of C." + i);
            item.put("parentId", root == null ? null : root.toString());
            item.put("position", i);
            items.add(item);
            if (root == null) {
                root = id;
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("frameworkId", frameworkId.toString());
        data.put("title", "Framework " + frameworkId);
        data.put("version", "1.0");
        data.put(
                "publishedAt",
                OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS)
                        .toString());
        data.put(
                "scale",
                Map.of(
                        "levels",
                        List.of(
                                level("beginning", "Beginning", 1, false),
                                level("developing", "Developing", 2, false),
                                level("proficient", "Proficient", 3, true),
                                level("advanced", "Advanced", 4, true))));
        data.put("competencies", items);
        data.put("prerequisites", List.of());
        return data;
    }

    public static String frameworkId(Map<String, Object> snapshot) {
        return (String) snapshot.get("frameworkId");
    }

    /** The id of the {@code index}th competency of the snapshot. */
    @SuppressWarnings("unchecked")
    public static String competencyId(Map<String, Object> snapshot, int index) {
        return (String) ((List<Map<String, Object>>) snapshot.get("competencies"))
                .get(index)
                .get("id");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> competencies(Map<String, Object> snapshot) {
        return (List<Map<String, Object>>) snapshot.get("competencies");
    }

    private static Map<String, Object> level(String code, String label, int score, boolean proficient) {
        return Map.of("code", code, "label", label, "score", score, "proficient", proficient);
    }
}
