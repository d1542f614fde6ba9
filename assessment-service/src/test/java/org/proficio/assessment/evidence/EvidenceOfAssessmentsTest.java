package org.proficio.assessment.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.LearnerEvents;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;

/**
 * Evidence of named assessments and of several competencies, unscored evidence awaiting raters, every modality,
 * learning outside school, students' own submissions, and what integrations may read.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EvidenceOfAssessmentsTest {

    private static final String EVIDENCE = "/api/v1/evidence";

    @Inject
    EvidenceService service;

    private static Map<String, Object> framework;

    @BeforeEach
    void publishFrameworkOnce() {
        if (framework != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> published = CatalogSnapshots.minimal(3);
            events.publishAndAwait("demo", published);
            framework = published;
        }
    }

    private static String competency(int index) {
        return CatalogSnapshots.competencyId(framework, index);
    }

    private static String newLearner() {
        return "s-" + UUID.randomUUID();
    }

    /** Defines an assessment of competencies 1 and 2 through the API. */
    private static String assessment(String kind, String modality, int raters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Community design challenge");
        body.put("kind", kind);
        body.put("modality", modality);
        body.put("competencyIds", List.of(competency(1), competency(2)));
        body.put("calibration", Map.of("ratersRequired", raters));
        body.put("readiness", Map.of("formativeEvidence", 0));
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> ofAssessment(String learner, String assessmentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learner);
        body.put("assessmentId", assessmentId);
        body.put("sourceId", "lms-" + UUID.randomUUID());
        return body;
    }

    private static Map<String, Object> inline(String learner, String modality) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learner);
        body.put("competencyId", competency(1));
        body.put("assessment", Map.of("title", "Work", "kind", "FORMATIVE", "modality", modality));
        return body;
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void evidenceOfAnAssessmentIsJudgedOnItsCompetenciesAndScoredPerCompetency() {
        String assessmentId = assessment("INTERIM", "COMMUNITY_CHALLENGE", 1);
        String learner = newLearner();
        Map<String, Object> body = ofAssessment(learner, assessmentId);
        body.put(
                "scores", List.of(Map.of("competencyId", competency(2), "level", "advanced", "feedback", "Bold plan")));
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("assessmentId", equalTo(assessmentId))
                .body("attempt", equalTo(1))
                .body("assessment.kind", equalTo("INTERIM"))
                .body("assessment.modality", equalTo("COMMUNITY_CHALLENGE"))
                .body("competencyId", equalTo(competency(1)))
                .body("status", equalTo("AWAITING_SCORES"))
                .body("competencies.competencyId", equalTo(List.of(competency(1), competency(2))))
                .body("competencies[0].status", equalTo("AWAITING_SCORES"))
                .body("competencies[0].score", nullValue())
                .body("competencies[1].status", equalTo("FINAL"))
                .body("competencies[1].score.level", equalTo("advanced"))
                .body("competencies[1].score.basis", equalTo("SUBMITTED"))
                .body("competencies[1].score.feedback", equalTo("Bold plan"))
                .body("score", nullValue())
                .extract()
                .path("id");

        List<TopicRecord> events = LearnerEvents.awaitCount(learner, 2);
        assertThat(events)
                .extracting(r -> r.headers().get("ce_type"))
                .containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED);
        events.forEach(r -> EventSchemas.assertValid(r.headers().get("ce_type"), r.value()));
        assertThat(events.get(0).value())
                .contains("\"competencyIds\":[\"" + competency(1) + "\",\"" + competency(2) + "\"]")
                .contains("\"assessmentId\":\"" + assessmentId + "\"")
                .contains("\"awaitingScores\":true");
        assertThat(events.get(1).value())
                .contains("\"competencyId\":\"" + competency(2) + "\"")
                .contains("\"basis\":\"SUBMITTED\"")
                .contains("\"evidenceId\":\"" + id + "\"");

        given().contentType(ContentType.JSON)
                .body(ofAssessment(learner, assessmentId))
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("attempt", equalTo(2));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void oneLevelScoresEveryCompetencyOfTheEvidence() {
        String learner = newLearner();
        Map<String, Object> body = inline(learner, "PROJECT");
        body.remove("competencyId");
        body.put("competencyIds", List.of(competency(1), competency(2)));
        body.put("level", "proficient");
        given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("status", equalTo("FINAL"))
                .body("competencies.score.level", equalTo(List.of("proficient", "proficient")));
        assertThat(LearnerEvents.awaitCount(learner, 3))
                .extracting(r -> r.headers().get("ce_type"))
                .containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED, EventTypes.EVIDENCE_SCORED);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesWhatDoesNotFitTheAssessmentWritingNothing() {
        String calibrated = assessment("SUMMATIVE", "PRESENTATION", 2);
        String learner = newLearner();

        Map<String, Object> levelForRaters = ofAssessment(learner, calibrated);
        levelForRaters.put("level", "proficient");
        given().contentType(ContentType.JSON)
                .body(levelForRaters)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("level")))
                .body("detail", containsString("2 raters"));

        Map<String, Object> outside = ofAssessment(learner, calibrated);
        outside.put("competencyIds", List.of(competency(0)));
        given().contentType(ContentType.JSON)
                .body(outside)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("competencyIds")));

        Map<String, Object> both = ofAssessment(learner, calibrated);
        both.put("assessment", Map.of("title", "x", "kind", "FORMATIVE", "modality", "PROJECT"));
        given().contentType(ContentType.JSON)
                .body(both)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("assessment")));

        given().contentType(ContentType.JSON)
                .body(ofAssessment(learner, UUID.randomUUID().toString()))
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("assessmentId")));

        Map<String, Object> neither = inline(learner, "PROJECT");
        neither.remove("assessment");
        given().contentType(ContentType.JSON)
                .body(neither)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("assessment")));

        Map<String, Object> twice = inline(learner, "PROJECT");
        twice.put("level", "proficient");
        twice.put("scores", List.of(Map.of("competencyId", competency(1), "level", "proficient")));
        given().contentType(ContentType.JSON)
                .body(twice)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("scores")));

        Map<String, Object> badScores = inline(learner, "PROJECT");
        badScores.put(
                "scores",
                List.of(
                        Map.of("competencyId", competency(2), "level", "proficient"),
                        Map.of("competencyId", competency(1), "level", "stellar")));
        given().contentType(ContentType.JSON)
                .body(badScores)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("scores[0].competencyId", "scores[1].level")));

        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", learner))
                .isZero();
        assertThat(TestDatabase.count("select count(*) from outbox_event where subject = ?", learner))
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void acceptsEveryModality(Modality modality) {
        Map<String, Object> body = inline(newLearner(), modality.name());
        body.put("level", "developing");
        if (modality == Modality.EXTERNAL) {
            body.put(
                    "outsideSchool",
                    Map.of("setting", "Robotics club", "verifier", Map.of("name", "Coach Lee", "role", "Coach")));
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("assessment.modality", equalTo(modality.name()))
                .body("score.level", equalTo("developing"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void learningOutsideSchoolNamesItsSettingAndVerifier() {
        String learner = newLearner();
        Map<String, Object> unverified = inline(learner, "EXTERNAL");
        given().contentType(ContentType.JSON)
                .body(unverified)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("outsideSchool")));
        Map<String, Object> noName = inline(learner, "EXTERNAL");
        noName.put("outsideSchool", Map.of("setting", "Internship", "verifier", Map.of("role", "Supervisor")));
        given().contentType(ContentType.JSON)
                .body(noName)
                .post(EVIDENCE)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("outsideSchool.verifier.name")));

        Map<String, Object> verified = inline(learner, "EXTERNAL");
        verified.put("text", "Computed chlorine dosing ratios for three reservoirs each week.");
        verified.put(
                "outsideSchool",
                Map.of(
                        "setting",
                        "Summer internship at the city water utility",
                        "verifier",
                        Map.of(
                                "name",
                                "Dana Reyes",
                                "role",
                                "Internship supervisor",
                                "contact",
                                "dana.reyes@water.example.gov")));
        String id = given().contentType(ContentType.JSON)
                .body(verified)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_SCORES"))
                .extract()
                .path("id");
        given().get(EVIDENCE + "/" + id)
                .then()
                .statusCode(200)
                .body("text", containsString("chlorine"))
                .body("outsideSchool.setting", equalTo("Summer internship at the city water utility"))
                .body("outsideSchool.verifier.name", equalTo("Dana Reyes"))
                .body("outsideSchool.verifier.role", equalTo("Internship supervisor"))
                .body("outsideSchool.verifier.contact", equalTo("dana.reyes@water.example.gov"));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void keepsTheArtifactChecksumAndRefusesAMalformedOne() {
        String checksum = "sha256:" + "ab".repeat(32);
        Map<String, Object> body = inline(newLearner(), "RESEARCH_PAPER");
        body.put(
                "artifact",
                Map.of(
                        "url",
                        "https://lms.example.org/papers/9",
                        "mediaType",
                        "application/pdf",
                        "checksum",
                        checksum,
                        "title",
                        "Paper"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("artifact.checksum", equalTo(checksum));
        body.put("artifact", Map.of("url", "https://lms.example.org/papers/9", "checksum", "md5:abc"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("artifact.checksum")));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentsSubmitTheirOwnWorkUnscoredAndNeverScoreIt() {
        Map<String, Object> own = inline("s-0001", "PORTFOLIO");
        String sourceId = "portfolio-" + UUID.randomUUID();
        own.put("sourceId", sourceId);
        given().contentType(ContentType.JSON)
                .body(own)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("submittedBy", equalTo("student1"))
                .body("status", equalTo("AWAITING_SCORES"))
                .body("score", nullValue());

        Map<String, Object> selfScored = inline("s-0001", "PORTFOLIO");
        selfScored.put("level", "advanced");
        given().contentType(ContentType.JSON)
                .body(selfScored)
                .post(EVIDENCE)
                .then()
                .statusCode(403)
                .body("detail", containsString("your own evidence"));
        given().contentType(ContentType.JSON)
                .body(inline("s-0002", "PORTFOLIO"))
                .post(EVIDENCE)
                .then()
                .statusCode(403);
        assertThat(TestDatabase.count("select count(*) from evidence where submitted_by = 'student1'"))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from evidence_score s join evidence e on e.id = s.evidence_id"
                        + " where e.submitted_by = 'student1'"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "other-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void integrationsReadOnlyWhatTheySubmitted() throws Throwable {
        String learner = newLearner();
        String sourceId = "mine-" + UUID.randomUUID();
        Map<String, Object> mine = inline(learner, "OBSERVATION");
        mine.put("sourceId", sourceId);
        mine.put("level", "developing");
        String myId = given().contentType(ContentType.JSON)
                .body(mine)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // The same learner's evidence submitted by another integration of the district.
        String theirs = VertxContextSupport.subscribeAndAwait(() -> service.submit(
                        Submitter.of("demo", "demo-lms", SubmitterRole.INTEGRATION),
                        null,
                        EvidenceRequests.NewEvidence.of(
                                learner,
                                UUID.fromString(competency(1)),
                                new EvidenceRequests.AssessmentInfo(
                                        "Quiz", AssessmentKind.FORMATIVE, Modality.SELECTED_RESPONSE),
                                "proficient")))
                .result()
                .id()
                .toString();

        given().get(EVIDENCE + "/" + theirs).then().statusCode(404);
        given().get(EVIDENCE + "/" + myId).then().statusCode(200);
        given().get("/api/v1/learners/" + learner + "/evidence")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(myId)));
        given().queryParam("sourceId", sourceId)
                .get(EVIDENCE)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(myId)))
                .body("items[0].sourceId", equalTo(sourceId));
        given().queryParam("learnerId", learner)
                .get(EVIDENCE)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(myId)));
    }

    @Test
    @TestSecurity(user = "trusted-lms", roles = "integration")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = "demo"),
                @Claim(key = "scope", value = "profile evidence:read-all")
            })
    void anIntegrationTheDistrictTrustsReadsAllItsEvidence() throws Throwable {
        String learner = newLearner();
        String theirs = VertxContextSupport.subscribeAndAwait(() -> service.submit(
                        Submitter.of("demo", "demo-lms", SubmitterRole.INTEGRATION),
                        null,
                        EvidenceRequests.NewEvidence.of(
                                learner,
                                UUID.fromString(competency(1)),
                                new EvidenceRequests.AssessmentInfo(
                                        "Quiz", AssessmentKind.FORMATIVE, Modality.SELECTED_RESPONSE),
                                "proficient")))
                .result()
                .id()
                .toString();
        given().get(EVIDENCE + "/" + theirs).then().statusCode(200);
        given().get("/api/v1/learners/" + learner + "/evidence")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(theirs));
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learners", value = "s-0001")})
    void guardiansNeitherSubmitNorSearch() {
        given().contentType(ContentType.JSON)
                .body(inline("s-0001", "PORTFOLIO"))
                .post(EVIDENCE)
                .then()
                .statusCode(403);
        given().queryParam("learnerId", "s-0001").get(EVIDENCE).then().statusCode(403);
    }
}
