package org.proficio.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proficio.systemtests.Platform.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo story through the gateway with real Keycloak tokens: a district admin publishes a framework, an LMS
 * submits evidence, progression and support react to the events, and each step is visible in the public API.
 */
class WalkingSkeletonIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final String STUDENT1 = "s-0001";
    private static final String STUDENT2 = "s-0002";

    static String admin;
    static String teacher;
    static String lms;
    static String student1;
    static String guardian1;

    @BeforeAll
    static void tokens() {
        admin = Platform.userToken("admin");
        teacher = Platform.userToken("teacher");
        student1 = Platform.userToken("student1");
        guardian1 = Platform.userToken("guardian1");
        lms = Platform.integrationToken();
    }

    @Test
    void evidenceBelowProficientOpensSupportAndMasteryResolvesIt() {
        String title = "Ratios (system test " + UUID.randomUUID() + ")";
        JsonPath framework = as(admin)
                .body(Map.of(
                        "title",
                        title,
                        "subject",
                        "Mathematics",
                        "competencies",
                        List.of(
                                Map.of("code", "6.RP.A.1", "statement", "Understand the concept of a ratio."),
                                Map.of("code", "6.RP.A.2", "statement", "Understand unit rates."))))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String frameworkId = framework.getString("id");
        String competencyId = framework.getString("competencies[0].id");

        as(admin)
                .post("/api/v1/frameworks/" + frameworkId + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // FrameworkPublished reaches progression's read model: the learner's progress lists the new competencies.
        await().atMost(EVENTUAL)
                .untilAsserted(() ->
                        assertThat(status(teacher, STUDENT1, competencyId)).isEqualTo("NOT_STARTED"));

        // ... and assessment's: evidence on the new competency is accepted once the read model has it.
        await().atMost(EVENTUAL).untilAsserted(() -> submit(competencyId, "developing", "SELECTED_RESPONSE", 201));
        submit(competencyId, "beginning", "SELECTED_RESPONSE", 201);

        await().atMost(EVENTUAL)
                .untilAsserted(() ->
                        assertThat(status(teacher, STUDENT1, competencyId)).isEqualTo("STRUGGLING"));
        await().atMost(EVENTUAL)
                .untilAsserted(
                        () -> assertThat(interventions(teacher, competencyId)).containsExactly("OPEN"));

        submit(competencyId, "proficient", "PERFORMANCE_TASK", 201);

        await().atMost(EVENTUAL)
                .untilAsserted(() ->
                        assertThat(status(teacher, STUDENT1, competencyId)).isEqualTo("MASTERED"));
        await().atMost(EVENTUAL)
                .untilAsserted(
                        () -> assertThat(interventions(teacher, competencyId)).containsExactly("RESOLVED"));

        // The learner and her guardian see the same, through their own tokens.
        assertThat(status(student1, STUDENT1, competencyId)).isEqualTo("MASTERED");
        assertThat(status(guardian1, STUDENT1, competencyId)).isEqualTo("MASTERED");
        List<Map<String, Object>> evidence = as(student1)
                .queryParam("limit", 500)
                .get("/api/v1/learners/" + STUDENT1 + "/evidence")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(evidence)
                .filteredOn(e -> competencyId.equals(e.get("competencyId")))
                .hasSize(3);
    }

    @Test
    void studentTokenSeesOnlyItsOwnLearner() {
        as(student1).get("/api/v1/learners/" + STUDENT1 + "/progress").then().statusCode(200);
        for (String resource : List.of("progress", "evidence", "interventions")) {
            as(student1)
                    .get("/api/v1/learners/" + STUDENT2 + "/" + resource)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            as(guardian1)
                    .get("/api/v1/learners/" + STUDENT2 + "/" + resource)
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void gatewayRefusesMissingOrForgedTokens() {
        given().baseUri(Platform.GATEWAY).get("/api/v1/frameworks").then().statusCode(401);
        given().baseUri(Platform.GATEWAY)
                .header("Authorization", "Bearer " + admin.substring(0, admin.length() - 4) + "AAAA")
                .get("/api/v1/frameworks")
                .then()
                .statusCode(401);
    }

    @Test
    void gatewayPassesARequestIdAndServesTheMergedOpenApi() {
        as(teacher).get("/api/v1/frameworks").then().statusCode(200).header("X-Request-Id", not(emptyOrNullString()));
        JsonPath openapi = given().baseUri(Platform.GATEWAY)
                .accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(openapi.getMap("paths"))
                .containsKeys(
                        "/api/v1/frameworks",
                        "/api/v1/evidence",
                        "/api/v1/learners/{learnerId}/progress",
                        "/api/v1/learners/{learnerId}/interventions");
    }

    @Test
    void badInputThroughTheGatewayIsAProblemNotA500() {
        as(admin)
                .body("{\"title\": ")
                .post("/api/v1/frameworks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(lms).body(Map.of("learnerId", STUDENT1, "competencyId", "not-a-uuid", "level", "proficient"))
                .post("/api/v1/evidence")
                .then()
                .statusCode(equalTo(400))
                .contentType("application/problem+json");
        // Well-formed, but names neither an assessment nor describes one.
        as(lms).body(Map.of(
                        "learnerId", STUDENT1, "competencyId", UUID.randomUUID().toString(), "level", "proficient"))
                .post("/api/v1/evidence")
                .then()
                .statusCode(equalTo(422))
                .contentType("application/problem+json")
                .body("errors.field", hasItem("assessment"));
    }

    private static void submit(String competencyId, String level, String modality, int expectedStatus) {
        as(lms).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "learnerId", STUDENT1,
                        "competencyId", competencyId,
                        "assessment", Map.of("title", "Exit ticket", "kind", "FORMATIVE", "modality", modality),
                        "level", level))
                .post("/api/v1/evidence")
                .then()
                .statusCode(expectedStatus);
    }

    private static String status(String token, String learnerId, String competencyId) {
        List<Map<String, Object>> competencies = as(token)
                .get("/api/v1/learners/" + learnerId + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("competencies");
        return competencies.stream()
                .filter(c -> competencyId.equals(c.get("competencyId")))
                .map(c -> (String) c.get("status"))
                .findFirst()
                .orElse(null);
    }

    private static List<String> interventions(String token, String competencyId) {
        List<Map<String, Object>> items = as(token)
                .get("/api/v1/learners/" + STUDENT1 + "/interventions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(i -> competencyId.equals(i.get("competencyId")))
                .map(i -> (String) i.get("status"))
                .toList();
    }
}
