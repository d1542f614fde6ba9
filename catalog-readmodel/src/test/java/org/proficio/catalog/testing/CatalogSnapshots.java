package org.proficio.catalog.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/**
 * Catalog events as the competency-service publishes them (data as mutable maps, so that a test can alter one field),
 * with fresh ids every time so that tests never see each other's frameworks. Published through devstack's {@link
 * TestEvents}, which checks the data against the event's JSON Schema before sending.
 */
public final class CatalogSnapshots {

    private CatalogSnapshots() {}

    /**
     * A framework as the competency-service published it before the CASE catalog: only the original fields, the
     * default four-level scale and {@code competencies} competencies (the first is the parent of the others).
     */
    public static Map<String, Object> minimal(int competencies) {
        UUID frameworkId = UUID.randomUUID();
        List<Map<String, Object>> items = new ArrayList<>();
        String root = null;
        for (int i = 0; i < competencies; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", UUID.randomUUID().toString());
            item.put("code", "C." + i);
            item.put("statement", "Statement of C." + i);
            item.put("parentId", root);
            item.put("position", i);
            items.add(item);
            if (root == null) {
                root = (String) item.get("id");
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("frameworkId", frameworkId.toString());
        data.put("title", "Framework " + frameworkId);
        data.put("version", "1.0");
        data.put("publishedAt", now());
        data.put(
                "scale",
                new LinkedHashMap<>(Map.of(
                        "levels",
                        new ArrayList<>(List.of(
                                level("beginning", "Beginning", 1, false),
                                level("developing", "Developing", 2, false),
                                level("proficient", "Proficient", 3, true),
                                level("advanced", "Advanced", 4, true))))));
        data.put("competencies", items);
        data.put("prerequisites", new ArrayList<>());
        return data;
    }

    /** The rows {@link #full} leaves in each catalog table (see {@code CatalogTables.rowCounts}). */
    public static final Map<String, Long> FULL_ROWS = Map.of(
            "framework", 1L,
            "competency", 4L,
            "scale_level", 4L,
            "prerequisite", 2L,
            "rubric", 1L,
            "rubric_criterion", 2L,
            "rubric_level", 6L,
            "learning_resource", 2L,
            "course", 1L);

    /**
     * A framework with every field of the snapshot filled: CASE metadata, four competencies of every kind (one without
     * a humanCodingScheme, so its code is its identifier), an internal prerequisite and one on {@code
     * foreignPrerequisite} (a competency of another framework), a rubric with a criterion per level and one without a
     * competency, two resources and a course that also counts the foreign competency.
     */
    public static Map<String, Object> full(UUID foreignPrerequisite) {
        Map<String, Object> data = minimal(0);
        String frameworkId = frameworkId(data);
        data.put("title", "Mathematics Grade 6");
        data.put("version", "2.0");
        data.put("identifier", "c6f1d0e4-math-6-" + frameworkId);
        data.put("supersedes", UUID.randomUUID().toString());
        data.put("subjects", new ArrayList<>(List.of("Mathematics")));
        data.put("educationLevels", new ArrayList<>(List.of("06")));
        data.put("language", "en");
        data.put("origin", "CASE");
        for (Map<String, Object> level : levels(data)) {
            level.put("description", "Work at the " + level.get("code") + " level.");
        }

        Map<String, Object> cluster = competency(0, "6.RP", "Understand ratio concepts.", null, "ACADEMIC", "Cluster");
        Map<String, Object> ratio = competency(
                1,
                "6.RP.A.1",
                "Understand the concept of a ratio.",
                (String) cluster.get("id"),
                "ACADEMIC",
                "Standard");
        ratio.put("abbreviatedStatement", "Ratios");
        ratio.put("keywords", new ArrayList<>(List.of("ratio", "rate")));
        Map<String, Object> modelling = competency(
                2, null, "Model a real situation with mathematics.", (String) cluster.get("id"), "SKILL", null);
        Map<String, Object> persistence =
                competency(3, "HOM.1", "Persist in solving problems.", null, "DISPOSITION", "Habit of mind");
        data.put("competencies", new ArrayList<>(List.of(cluster, ratio, modelling, persistence)));

        data.put(
                "prerequisites",
                new ArrayList<>(List.of(
                        prerequisite((String) modelling.get("id"), (String) ratio.get("id")),
                        prerequisite((String) ratio.get("id"), foreignPrerequisite.toString()))));

        List<Map<String, Object>> descriptors = new ArrayList<>();
        int score = 1;
        for (String code : List.of("beginning", "developing", "proficient", "advanced")) {
            descriptors.add(descriptor(code, "Quality " + score, "Ratios at the " + code + " level", score++));
        }
        Map<String, Object> onRatio = criterion((String) ratio.get("id"), "Explains ratios", 2, descriptors);
        Map<String, Object> onPresentation = criterion(
                null,
                "Presents clearly",
                null,
                new ArrayList<>(List.of(
                        descriptor(null, "Unclear", null, null), descriptor(null, "Clear", "Easy to follow", null))));
        Map<String, Object> rubric = new LinkedHashMap<>();
        rubric.put("id", UUID.randomUUID().toString());
        rubric.put("title", "Ratio reasoning");
        rubric.put("criteria", new ArrayList<>(List.of(onRatio, onPresentation)));
        data.put("rubrics", new ArrayList<>(List.of(rubric)));

        data.put(
                "resources",
                new ArrayList<>(List.of(
                        resource(
                                (String) ratio.get("id"),
                                "Ratios in the kitchen",
                                "https://resources.example.org/ratios",
                                "video",
                                15),
                        resource(
                                (String) modelling.get("id"),
                                "Modelling cycle",
                                "https://resources.example.org/modelling",
                                "reading",
                                null))));

        Map<String, Object> course = new LinkedHashMap<>();
        course.put("id", UUID.randomUUID().toString());
        course.put("code", "MATH-6");
        course.put("title", "Mathematics 6");
        course.put("credits", 1.5);
        course.put(
                "competencyIds",
                new ArrayList<>(List.of(ratio.get("id"), modelling.get("id"), foreignPrerequisite.toString())));
        data.put("courses", new ArrayList<>(List.of(course)));
        return data;
    }

    /** Data of a FrameworkRetired event for the framework, replaced by {@code supersededBy} (may be null). */
    public static Map<String, Object> retired(String frameworkId, String supersededBy) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("frameworkId", frameworkId);
        data.put("identifier", "identifier-of-" + frameworkId);
        data.put("retiredAt", now());
        data.put("supersededBy", supersededBy);
        return data;
    }

    /** Publishes a FrameworkPublished event (key and subject = framework id) under a fresh id; returns the id. */
    public static UUID publish(String district, Map<String, Object> snapshot) {
        return TestEvents.publish(
                Topics.COMPETENCY, EventTypes.FRAMEWORK_PUBLISHED, district, frameworkId(snapshot), snapshot);
    }

    /** Publishes a FrameworkPublished event under the given id: a redelivery when the id was used before. */
    public static void publish(UUID eventId, String district, Map<String, Object> snapshot) {
        TestEvents.publish(
                Topics.COMPETENCY, eventId, EventTypes.FRAMEWORK_PUBLISHED, district, frameworkId(snapshot), snapshot);
    }

    /** Publishes a FrameworkRetired event for the framework; returns its id. */
    public static UUID retire(String district, String frameworkId, String supersededBy) {
        return TestEvents.publish(
                Topics.COMPETENCY,
                EventTypes.FRAMEWORK_RETIRED,
                district,
                frameworkId,
                retired(frameworkId, supersededBy));
    }

    /** Data of a PathwayDefined event: required courses and competencies by id, minCredits may be null. */
    public static Map<String, Object> pathway(
            UUID pathwayId, int revision, Number minCredits, List<UUID> courseIds, List<UUID> competencyIds) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pathwayId", pathwayId.toString());
        data.put("name", "Pathway " + pathwayId + " r" + revision);
        data.put("diploma", "Standard Diploma");
        data.put("description", null);
        data.put("minCredits", minCredits);
        data.put(
                "requiredCourses",
                courseIds.stream()
                        .map(id -> Map.of("courseId", id.toString(), "code", "C-" + id))
                        .toList());
        data.put(
                "requiredCompetencies",
                competencyIds.stream()
                        .map(id -> Map.of(
                                "competencyId",
                                id.toString(),
                                "frameworkId",
                                UUID.randomUUID().toString()))
                        .toList());
        data.put("revision", revision);
        data.put("definedAt", now());
        return data;
    }

    /** Publishes a PathwayDefined event (key and subject = pathway id); returns its id. */
    public static UUID definePathway(String district, Map<String, Object> pathway) {
        return TestEvents.publish(
                Topics.COMPETENCY, EventTypes.PATHWAY_DEFINED, district, (String) pathway.get("pathwayId"), pathway);
    }

    public static String frameworkId(Map<String, Object> snapshot) {
        return (String) snapshot.get("frameworkId");
    }

    /** The snapshot's list under {@code field} (competencies, prerequisites, rubrics, resources, courses). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> snapshot, String field) {
        return (List<Map<String, Object>>) snapshot.get(field);
    }

    /** The id of the {@code index}th competency of the snapshot. */
    public static String competencyId(Map<String, Object> snapshot, int index) {
        return (String) list(snapshot, "competencies").get(index).get("id");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> levels(Map<String, Object> snapshot) {
        return (List<Map<String, Object>>) ((Map<String, Object>) snapshot.get("scale")).get("levels");
    }

    /** Microsecond precision, as PostgreSQL stores it. */
    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static Map<String, Object> competency(
            int position, String humanCodingScheme, String statement, String parentId, String kind, String itemType) {
        UUID id = UUID.randomUUID();
        String identifier = "item-" + id;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id.toString());
        item.put("code", humanCodingScheme != null ? humanCodingScheme : identifier);
        item.put("statement", statement);
        item.put("parentId", parentId);
        item.put("position", position);
        item.put("identifier", identifier);
        item.put("humanCodingScheme", humanCodingScheme);
        item.put("abbreviatedStatement", null);
        item.put("kind", kind);
        item.put("itemType", itemType);
        item.put("educationLevels", new ArrayList<>(List.of("06")));
        item.put("keywords", new ArrayList<>());
        return item;
    }

    private static Map<String, Object> prerequisite(String competencyId, String prerequisiteId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("competencyId", competencyId);
        p.put("prerequisiteId", prerequisiteId);
        return p;
    }

    private static Map<String, Object> criterion(
            String competencyId, String description, Integer weight, List<Map<String, Object>> levels) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", UUID.randomUUID().toString());
        c.put("competencyId", competencyId);
        c.put("description", description);
        c.put("weight", weight);
        c.put("levels", levels);
        return c;
    }

    private static Map<String, Object> descriptor(
            String scaleLevel, String quality, String description, Integer score) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("scaleLevel", scaleLevel);
        d.put("quality", quality);
        d.put("description", description);
        d.put("score", score);
        return d;
    }

    private static Map<String, Object> resource(
            String competencyId, String title, String url, String modality, Integer expectedMinutes) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", UUID.randomUUID().toString());
        r.put("competencyId", competencyId);
        r.put("title", title);
        r.put("url", url);
        r.put("modality", modality);
        r.put("expectedMinutes", expectedMinutes);
        return r;
    }

    private static Map<String, Object> level(String code, String label, int score, boolean proficient) {
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("code", code);
        level.put("label", label);
        level.put("score", score);
        level.put("proficient", proficient);
        return level;
    }
}
