package org.proficio.progression;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/** Events of the upstream services, shaped as conventions.md and the JSON Schemas say. */
public final class Fixtures {

    private Fixtures() {}

    /** Data of an EvidenceScored event on the default scale. */
    public static Map<String, Object> scored(
            UUID evidenceId, String learnerId, UUID competencyId, UUID frameworkId, String level) {
        boolean proficient = level.equals("proficient") || level.equals("advanced");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("evidenceId", evidenceId.toString());
        data.put("learnerId", learnerId);
        data.put("competencyId", competencyId.toString());
        data.put("frameworkId", frameworkId.toString());
        data.put("level", level);
        data.put("score", scoreOf(level));
        data.put("proficient", proficient);
        data.put("assessmentKind", "FORMATIVE");
        data.put("modality", "test");
        data.put("scoredAt", now());
        return data;
    }

    /** Publishes an EvidenceScored event for a fresh piece of evidence, as assessment-service would; returns its id. */
    public static UUID score(String district, String learnerId, UUID competencyId, UUID frameworkId, String level) {
        return TestEvents.publish(
                Topics.ASSESSMENT,
                EventTypes.EVIDENCE_SCORED,
                district,
                learnerId,
                scored(UUID.randomUUID(), learnerId, competencyId, frameworkId, level));
    }

    /** Data of a FrameworkPublished snapshot with a flat list of competencies and the default scale. */
    /**
     * Registers the learner through the API and puts one entry on her plan: {@code "courses/<id>"} or {@code
     * "pathways/<id>"}.
     */
    public static void enrolled(String learnerId, String displayName, String planEntry) {
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName))
                .put("/api/v1/learners/" + learnerId)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/v1/learners/" + learnerId + "/plan/" + planEntry)
                .then()
                .statusCode(201);
    }

    public static Map<String, Object> framework(UUID frameworkId, Map<UUID, String> codes) {
        List<Map<String, Object>> competencies = new ArrayList<>();
        int position = 0;
        for (Map.Entry<UUID, String> c : codes.entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", c.getKey().toString());
            item.put("code", c.getValue());
            item.put("statement", "Statement of " + c.getValue());
            item.put("parentId", null);
            item.put("position", position++);
            competencies.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("frameworkId", frameworkId.toString());
        data.put("title", "Framework " + frameworkId);
        data.put("version", "1.0");
        data.put("publishedAt", now());
        data.put(
                "scale",
                Map.of(
                        "levels",
                        List.of(
                                level("beginning", "Beginning", 1, false),
                                level("developing", "Developing", 2, false),
                                level("proficient", "Proficient", 3, true),
                                level("advanced", "Advanced", 4, true))));
        data.put("competencies", competencies);
        data.put("prerequisites", List.of());
        return data;
    }

    /** Publishes a framework snapshot, as competency-service would. */
    public static void publishFramework(String district, UUID frameworkId, Map<UUID, String> codes) {
        TestEvents.publish(
                Topics.COMPETENCY,
                EventTypes.FRAMEWORK_PUBLISHED,
                district,
                frameworkId.toString(),
                framework(frameworkId, codes));
    }

    /** A course of a framework snapshot, counting the given competencies. */
    public static Map<String, Object> course(UUID courseId, String code, String title, List<UUID> competencyIds) {
        Map<String, Object> course = new LinkedHashMap<>();
        course.put("id", courseId.toString());
        course.put("code", code);
        course.put("title", title);
        course.put("credits", 1.0);
        course.put("competencyIds", competencyIds.stream().map(UUID::toString).toList());
        return course;
    }

    /** Publishes a framework snapshot that also defines courses, as competency-service would. */
    public static void publishFramework(
            String district, UUID frameworkId, Map<UUID, String> codes, List<Map<String, Object>> courses) {
        Map<String, Object> data = framework(frameworkId, codes);
        data.put("courses", courses);
        TestEvents.publish(Topics.COMPETENCY, EventTypes.FRAMEWORK_PUBLISHED, district, frameworkId.toString(), data);
    }

    private static Map<String, Object> level(String code, String label, int score, boolean proficient) {
        return Map.of("code", code, "label", label, "score", score, "proficient", proficient);
    }

    private static int scoreOf(String level) {
        return switch (level) {
            case "beginning" -> 1;
            case "developing" -> 2;
            case "proficient" -> 3;
            default -> 4;
        };
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
