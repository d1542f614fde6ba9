package org.proficio.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.proficio.systemtests.Platform.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calibrated judgement end to end, through the gateway with real Keycloak tokens: an educator defines a summative
 * presentation that two raters score blind; the LMS's first attempt is refused until the learner has formative
 * evidence; two educators score the attempt, agree, and the final score reaches the learner, her progress and the
 * agreement statistics.
 */
class AssessmentIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final String LEARNER = "s-0002";

    static String admin;
    static String teacher;
    static String teacher2;
    static String lms;
    static String student2;

    @BeforeAll
    static void tokens() {
        admin = Platform.userToken("admin");
        teacher = Platform.userToken("teacher");
        teacher2 = Platform.userToken("teacher2");
        student2 = Platform.userToken("student2");
        lms = Platform.integrationToken();
    }

    /** Publishes a framework of two competencies and returns the second one's id. */
    private static String publishedCompetency() {
        return Platform.publishedFramework(
                        admin, "Ratios (assessment system test " + UUID.randomUUID() + ")", "6.RP.A.1", "6.RP.A.2")
                .getString("competencies[1].id");
    }

    @Test
    void aSummativeAttemptIsGatedScoredBlindByTwoRatersAndReachesTheLearner() {
        String competency = publishedCompetency();

        // The assessment-service's catalog read model learns the framework from FrameworkPublished.
        Map<String, Object> definition = Map.of(
                "title",
                "Unit-rate presentation",
                "kind",
                "SUMMATIVE",
                "modality",
                "PRESENTATION",
                "competencyIds",
                List.of(competency),
                "calibration",
                Map.of("ratersRequired", 2, "agreement", "ADJACENT"),
                "readiness",
                Map.of("formativeEvidence", 1));
        String assessment = Platform.assessmentOnceTheCatalogHasIt(teacher, definition, EVENTUAL);

        Map<String, Object> attempt = Map.of("learnerId", LEARNER, "assessmentId", assessment);
        as(lms).body(attempt)
                .post("/api/v1/evidence")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("FORMATIVE_EVIDENCE"));

        as(lms).body(Map.of(
                        "learnerId",
                        LEARNER,
                        "competencyId",
                        competency,
                        "assessment",
                        Map.of("title", "Unit-rate exit ticket", "kind", "FORMATIVE", "modality", "SELECTED_RESPONSE"),
                        "level",
                        "developing"))
                .post("/api/v1/evidence")
                .then()
                .statusCode(201);
        String evidence = as(lms).body(attempt)
                .post("/api/v1/evidence")
                .then()
                .statusCode(201)
                .body("attempt", equalTo(1))
                .body("status", equalTo("AWAITING_SCORES"))
                .extract()
                .path("id");

        as(teacher)
                .body(Map.of("level", "proficient", "feedback", "Clear reasoning with tables."))
                .post("/api/v1/evidence/" + evidence + "/scores")
                .then()
                .statusCode(201);
        // Blind: the second rater sees that one rater scored, not what.
        as(teacher2)
                .get("/api/v1/evidence/" + evidence + "/scores")
                .then()
                .statusCode(200)
                .body("competencies[0].ratersScored", equalTo(1))
                .body("competencies[0].othersVisible", equalTo(false));
        as(teacher2)
                .body(Map.of("level", "advanced", "feedback", "Try a double number line next."))
                .post("/api/v1/evidence/" + evidence + "/scores")
                .then()
                .statusCode(201);

        // Adjacent levels on the same side of the proficient line agree: the lower one is final.
        as(student2)
                .get("/api/v1/evidence/" + evidence)
                .then()
                .statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("competencies[0].score.level", equalTo("proficient"))
                .body("competencies[0].score.basis", equalTo("AGREEMENT"))
                .body("competencies[0].score.feedback", containsString("double number line"));

        await().atMost(EVENTUAL)
                .untilAsserted(() -> assertThat(as(teacher)
                                .get("/api/v1/learners/" + LEARNER + "/progress/" + competency)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("history.evidenceId"))
                        .contains(evidence));

        as(teacher)
                .get("/api/v1/assessments/" + assessment + "/agreement")
                .then()
                .statusCode(200)
                .body("pairs", equalTo(1))
                .body("exactAgreement", equalTo(0.0f))
                .body("adjacentAgreement", equalTo(100.0f));
        as(student2)
                .get("/api/v1/assessments/" + assessment + "/agreement")
                .then()
                .statusCode(403);
    }
}
