package org.proficio.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.proficio.systemtests.Platform.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Advancement end to end through the gateway with real Keycloak tokens (issue 10): a district defines a framework with
 * a prerequisite chain A → B → C, a course counting A and B, and a pathway asking for that course, C and one credit; a
 * learner enrolled on the pathway works through the chain as an LMS posts her evidence: each mastery opens the next
 * target, the course's credit is awarded, the pathway shows what is missing until it is met. She and her district see
 * it all; another learner may not.
 */
class AdvancementIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    @Test
    void aLearnerWorksThroughAPrerequisiteChainToHerCreditAndHerPathway() {
        String admin = Platform.userToken("admin");
        String lms = Platform.integrationToken();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "adv-" + run;

        JsonPath framework = as(admin)
                .body(Map.of(
                        "title",
                        "Advancement (system test " + run + ")",
                        "subject",
                        "Mathematics",
                        "competencies",
                        List.of(
                                Map.of("code", "ADV.A", "statement", "First."),
                                Map.of("code", "ADV.B", "statement", "Second."),
                                Map.of("code", "ADV.C", "statement", "Third."))))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String a = framework.getString("competencies[0].id");
        String b = framework.getString("competencies[1].id");
        String c = framework.getString("competencies[2].id");
        prerequisite(admin, b, a);
        prerequisite(admin, c, b);
        String code = "ADV-" + run;
        String course = as(admin)
                .body(Map.of("code", code, "title", "Advancement course", "credits", 1, "competencyIds", List.of(a, b)))
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String pathway = as(admin)
                .body(Map.of(
                        "name",
                        "Advancement pathway " + run,
                        "diploma",
                        "Standard Diploma",
                        "minCredits",
                        1,
                        "requiredCourses",
                        List.of(code),
                        "requiredCompetencyIds",
                        List.of(c)))
                .post("/api/v1/pathways")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(admin)
                .post("/api/v1/frameworks/" + framework.getString("id") + "/publish")
                .then()
                .statusCode(200);

        as(lms).body(Map.of("displayName", "Ada " + run))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(201);
        // Accepted once progression's read model has the pathway.
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(admin)
                        .body(Map.of("targetDate", "2027-06-15"))
                        .put("/api/v1/learners/" + learner + "/plan/pathways/" + pathway)
                        .then()
                        .statusCode(equalTo(201)));
        String targets = "/api/v1/learners/" + learner + "/progress/targets";
        String progress = "/api/v1/learners/" + learner + "/progress/pathways/" + pathway;
        as(lms).get(targets).then().statusCode(200).body("targets.competencyId", contains(a));

        masters(lms, learner, a);
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(lms).get(targets).then().body("targets.competencyId", contains(b)));

        masters(lms, learner, b);
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(lms).get(targets).then().body("targets.competencyId", contains(c)));
        as(lms).get("/api/v1/learners/" + learner + "/progress/credits")
                .then()
                .body("credits.courseId", contains(course))
                .body("total", equalTo(1.0f));
        as(admin)
                .get(progress)
                .then()
                .statusCode(200)
                .body("met", equalTo(false))
                .body("missingCourses", empty())
                .body("missingCompetencies", contains(c));

        masters(lms, learner, c);
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(admin).get(progress).then().body("met", equalTo(true)));
        as(lms).get(targets).then().body("targets", empty());
        as(Platform.userToken("student1")).get(progress).then().statusCode(403);
    }

    private static void prerequisite(String admin, String competency, String prerequisite) {
        as(admin)
                .body(Map.of("prerequisiteId", prerequisite))
                .post("/api/v1/competencies/" + competency + "/prerequisites")
                .then()
                .statusCode(201);
    }

    /** Posts proficient evidence (accepted once assessment's read model has the competency) and awaits mastery. */
    private static void masters(String lms, String learner, String competency) {
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(lms).header(
                                "Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of(
                                "learnerId",
                                learner,
                                "competencyId",
                                competency,
                                "assessment",
                                Map.of("title", "Check", "kind", "FORMATIVE", "modality", "PROJECT"),
                                "level",
                                "proficient"))
                        .post("/api/v1/evidence")
                        .then()
                        .statusCode(201));
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(lms).get("/api/v1/learners/" + learner + "/progress/" + competency)
                        .then()
                        .body("status", equalTo("MASTERED")));
    }
}
