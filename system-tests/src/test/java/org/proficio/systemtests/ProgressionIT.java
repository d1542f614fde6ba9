package org.proficio.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.proficio.systemtests.Platform.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mastery policies, explained decisions and overrides through the gateway with real Keycloak tokens (issue 10): a
 * district admin tries a stricter policy on a framework (dry run), applies it, and the learner's standing changes as
 * announced and says why; an
 * educator overrides it and takes the override back, and the learner and her guardian see what they may.
 */
class ProgressionIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final String STUDENT2 = "s-0002";

    static String admin;
    static String teacher;
    static String lms;
    static String student2;
    static String guardian1;

    @BeforeAll
    static void tokens() {
        admin = Platform.userToken("admin");
        teacher = Platform.userToken("teacher");
        student2 = Platform.userToken("student2");
        guardian1 = Platform.userToken("guardian1");
        lms = Platform.integrationToken();
    }

    @Test
    void aStricterPolicyJudgesAgainAndAnOverrideHoldsUntilTakenBack() {
        JsonPath framework =
                Platform.publishedFramework(admin, "Lab skills (system test " + UUID.randomUUID() + ")", "LAB.1");
        String frameworkId = framework.getString("id");
        String competencyId = framework.getString("competencies[0].id");
        String standing = "/api/v1/learners/" + STUDENT2 + "/progress/" + competencyId;

        // Accepted once assessment-service's read model has the competency; the built-in policy masters it.
        await().atMost(EVENTUAL).untilAsserted(() -> submit(competencyId, "proficient", "SELECTED_RESPONSE"));
        await().atMost(EVENTUAL)
                .untilAsserted(
                        () -> as(student2).get(standing).then().statusCode(200).body("status", equalTo("MASTERED")));

        // The dry run announces what applying will change, and changes nothing.
        Map<String, Object> stricter = Map.of("algorithm", "DECAYING_AVERAGE", "requirePerformance", true);
        as(admin)
                .body(stricter)
                .post("/api/v1/mastery-policies/frameworks/" + frameworkId + "/dry-run")
                .then()
                .statusCode(200)
                .body("judged", equalTo(1))
                .body("down", equalTo(1))
                .body("items[0].learnerId", equalTo(STUDENT2))
                .body("items[0].fromStatus", equalTo("MASTERED"))
                .body("items[0].toStatus", equalTo("PROFICIENT"));
        as(student2).get(standing).then().body("status", equalTo("MASTERED"));

        JsonPath change = as(admin)
                .header("If-Match", "\"0\"")
                .body(stricter)
                .put("/api/v1/mastery-policies/frameworks/" + frameworkId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .jsonPath();
        assertThat(change.getInt("judged")).isEqualTo(1);
        assertThat(change.getInt("down")).isEqualTo(1);
        as(student2)
                .get(standing)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROFICIENT"))
                .body("policyVersion", equalTo(1));
        as(student2)
                .get(standing + "/decisions")
                .then()
                .statusCode(200)
                .body("items[0].cause", equalTo("POLICY"))
                .body(
                        "items[0].explanation",
                        startsWith("Proficient, not yet mastered: the decaying average of 1"
                                + " score is 3 (Proficient)"));

        // A performance task completes what the policy asks.
        submit(competencyId, "advanced", "PERFORMANCE_TASK");
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(student2).get(standing).then().body("status", equalTo("MASTERED")));

        as(teacher)
                .body(Map.of("status", "IN_PROGRESS", "reason", "The lab report was copied; to be redone."))
                .put(standing + "/override")
                .then()
                .statusCode(200)
                .body("cause", equalTo("OVERRIDE"))
                .body("decidedBy", equalTo("teacher"));
        as(student2)
                .get(standing)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("override.reason", equalTo("The lab report was copied; to be redone."));
        as(student2)
                .body(Map.of("status", "MASTERED", "reason", "mine"))
                .put(standing + "/override")
                .then()
                .statusCode(403);
        as(guardian1).get(standing).then().statusCode(403);

        as(teacher)
                .body(Map.of("reason", "Redone in class, observed."))
                .post(standing + "/override/reversal")
                .then()
                .statusCode(200)
                .body("status", equalTo("MASTERED"));
    }

    private static void submit(String competencyId, String level, String modality) {
        as(lms).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "learnerId", STUDENT2,
                        "competencyId", competencyId,
                        "assessment", Map.of("title", "Lab", "kind", "FORMATIVE", "modality", modality),
                        "level", level))
                .post("/api/v1/evidence")
                .then()
                .statusCode(201);
    }
}
