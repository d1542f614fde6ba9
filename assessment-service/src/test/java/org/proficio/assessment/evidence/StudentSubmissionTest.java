package org.proficio.assessment.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.assessment.AssessmentRequests.ReadinessRequest;
import org.proficio.assessment.assessment.AssessmentRequests.RetestRequest;
import org.proficio.assessment.assessment.AssessmentRequests.StudentSubmissionRequest;
import org.proficio.assessment.assessment.AssessmentService;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.ScoringFixture;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * A student's own submission is evidence of (an attempt at) a named assessment only when the assessment takes
 * learners' own submissions (issue 9, finding 2): otherwise it is refused with 403 and writes nothing, so a student
 * cannot use up the attempts of a summative assessment before the LMS sends the real one.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StudentSubmissionTest {

    static final String EVIDENCE = "/api/v1/evidence";
    static final String ASSESSMENTS = "/api/v1/assessments";
    static final String NOT_ALLOWED = "urn:proficio:problem:student-submission-not-allowed";

    private static String competency;

    @Inject
    AssessmentService assessments;

    @Inject
    EvidenceService evidence;

    @BeforeEach
    void publishFrameworkOnce() {
        if (competency != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> snapshot = CatalogSnapshots.minimal(2);
            events.publishAndAwait("demo", snapshot);
            competency = CatalogSnapshots.competencyId(snapshot, 1);
        }
    }

    /**
     * An assessment defined by the demo district's teacher, without readiness conditions.
     *
     * @param studentSubmission null: the default for the kind
     */
    String define(AssessmentKind kind, Boolean studentSubmission, Integer maxAttempts) throws Throwable {
        NewAssessment request = new NewAssessment(
                kind + " " + UUID.randomUUID(),
                null,
                kind,
                Modality.PROJECT,
                List.of(UUID.fromString(competency)),
                null,
                null,
                null,
                null,
                new ReadinessRequest(0, false),
                new RetestRequest(false, null, maxAttempts),
                studentSubmission == null ? null : new StudentSubmissionRequest(studentSubmission));
        return VertxContextSupport.subscribeAndAwait(() -> assessments.create("demo", "teacher", null, request))
                .result()
                .id()
                .toString();
    }

    /** Unscored work naming the assessment, as the probe sent it. */
    static Map<String, Object> attemptBody(String learner, String assessmentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learner);
        body.put("assessmentId", assessmentId);
        body.put("text", "not finished");
        return body;
    }

    /** The LMS's attempt, scored proficient, through the service: its attempt number. */
    int lmsAttempt(String learner, String assessmentId) throws Throwable {
        NewEvidence attempt = ScoringFixture.attempt(assessmentId, learner, "proficient");
        return VertxContextSupport.subscribeAndAwait(() ->
                        evidence.submit(Submitter.of("demo", "demo-lms", SubmitterRole.INTEGRATION), null, attempt))
                .result()
                .attempt();
    }

    static long stored(String assessmentId) {
        return TestDatabase.count("select count(*) from evidence where assessment_id = ?::uuid", assessmentId);
    }

    static JsonPath assessmentView(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Nested
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    class AStudent {

        @Test
        void cannotUseUpTheAttemptsOfASummativeAssessment() throws Throwable {
            String assessment = define(AssessmentKind.SUMMATIVE, null, 1);
            String key = "own-attempt-" + UUID.randomUUID();

            given().contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(attemptBody("s-0001", assessment))
                    .post(EVIDENCE)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo(NOT_ALLOWED))
                    .body("status", equalTo(403))
                    .body(
                            "detail",
                            equalTo("Assessment " + assessment + " does not take learners' own submissions:"
                                    + " attempts at it are submitted by your school's LMS or an educator."))
                    .body("errors.field", contains("assessmentId"));

            assertThat(stored(assessment)).as("no evidence, no attempt").isZero();
            assertThat(TestDatabase.count(
                            "select count(*) from outbox_event where payload like ?", "%" + assessment + "%"))
                    .as("no event, not even ReadinessDenied: the gate was never asked")
                    .isZero();
            assertThat(TestDatabase.count("select count(*) from idempotency_key where idempotency_key = ?", key))
                    .isZero();
            given().queryParam("assessmentId", assessment)
                    .get("/api/v1/learners/s-0001/readiness")
                    .then()
                    .statusCode(200)
                    .body("ready", equalTo(true))
                    .body("attempts.made", equalTo(0));
            assertThat(lmsAttempt("s-0001", assessment))
                    .as("the LMS's real attempt is attempt 1, not refused with MAX_ATTEMPTS")
                    .isEqualTo(1);
        }

        @Test
        void isRefusedByAnInterimAssessmentByDefault() throws Throwable {
            String assessment = define(AssessmentKind.INTERIM, null, null);
            given().contentType(ContentType.JSON)
                    .body(attemptBody("s-0001", assessment))
                    .post(EVIDENCE)
                    .then()
                    .statusCode(403)
                    .body("type", equalTo(NOT_ALLOWED));
            assertThat(stored(assessment)).isZero();
        }

        @Test
        void submitsHerOwnWorkToAFormativeAssessmentByDefault() throws Throwable {
            String assessment = define(AssessmentKind.FORMATIVE, null, null);
            String id = given().contentType(ContentType.JSON)
                    .body(attemptBody("s-0001", assessment))
                    .post(EVIDENCE)
                    .then()
                    .statusCode(201)
                    .body("attempt", equalTo(1))
                    .body("status", equalTo("AWAITING_SCORES"))
                    .extract()
                    .path("id");
            assertThat(TestDatabase.rows("select submitter_role from evidence where id = ?::uuid", id)
                            .get(0)
                            .get("submitter_role"))
                    .isEqualTo("LEARNER");
        }

        @Test
        void makesAnAttemptThroughTheGateWhenTheAssessmentTakesHerSubmissions() throws Throwable {
            String assessment = define(AssessmentKind.SUMMATIVE, true, 1);
            given().contentType(ContentType.JSON)
                    .body(attemptBody("s-0001", assessment))
                    .post(EVIDENCE)
                    .then()
                    .statusCode(201)
                    .body("attempt", equalTo(1));
            // Opening the assessment to her lets her make its attempts, with their limit.
            given().contentType(ContentType.JSON)
                    .body(attemptBody("s-0001", assessment))
                    .post(EVIDENCE)
                    .then()
                    .statusCode(409)
                    .body("errors.field", contains("MAX_ATTEMPTS"));
        }

        @Test
        void bulkItemsNamingAnAssessmentThatDoesNotTakeHerSubmissionsAreRejectedAlone() throws Throwable {
            String assessment = define(AssessmentKind.SUMMATIVE, null, 1);
            String run = UUID.randomUUID().toString();
            Map<String, Object> attempt = attemptBody("s-0001", assessment);
            attempt.put("sourceId", "attempt-" + run);
            Map<String, Object> practice = new LinkedHashMap<>();
            practice.put("learnerId", "s-0001");
            practice.put("competencyId", competency);
            practice.put("assessment", Map.of("title", "Practice", "kind", "FORMATIVE", "modality", "PROJECT"));
            practice.put("sourceId", "practice-" + run);

            JsonPath result = given().contentType(ContentType.JSON)
                    .body(Map.of("items", List.of(attempt, practice)))
                    .post(EVIDENCE + "/bulk")
                    .then()
                    .statusCode(200)
                    .body("accepted", equalTo(1))
                    .extract()
                    .jsonPath();
            assertThat(result.getString("items[0].status")).isEqualTo("REJECTED");
            assertThat(result.getInt("items[0].problem.status")).isEqualTo(403);
            assertThat(result.getString("items[0].problem.type")).isEqualTo(NOT_ALLOWED);
            assertThat(result.getString("items[1].status")).isEqualTo("ACCEPTED");
            assertThat(stored(assessment)).isZero();
        }
    }

    @Nested
    @TestSecurity(
            user = "parent-and-student",
            roles = {"student", "guardian"})
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = "demo"),
                @Claim(key = "learner_id", value = "s-adult-9"),
                @Claim(key = "learners", value = "[\"s-0001\"]", type = ClaimType.JSON_ARRAY)
            })
    class AStudentWhoIsAlsoAGuardian {

        @Test
        void mayNotSubmitOrScoreEvidenceOfHerChild() {
            String sourceId = "child-" + UUID.randomUUID();
            Map<String, Object> scored = new LinkedHashMap<>();
            scored.put("learnerId", "s-0001");
            scored.put("competencyId", competency);
            scored.put("assessment", Map.of("title", "Homework", "kind", "FORMATIVE", "modality", "PROJECT"));
            scored.put("level", "advanced");
            scored.put("sourceId", sourceId);
            given().contentType(ContentType.JSON)
                    .body(scored)
                    .post(EVIDENCE)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("You may not submit evidence about learner s-0001."));
            assertThat(TestDatabase.count("select count(*) from evidence where source_id = ?", sourceId))
                    .isZero();
        }
    }

    @Nested
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    class AnEducator {

        Map<String, Object> assessment(String kind) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", kind + " " + UUID.randomUUID());
            body.put("kind", kind);
            body.put("modality", "PROJECT");
            body.put("competencyIds", List.of(competency));
            return body;
        }

        @Test
        void findsStudentSubmissionAllowedByDefaultOnlyOnFormativeAssessments() {
            assertThat(assessmentView(assessment("FORMATIVE")).getBoolean("studentSubmission.allowed"))
                    .isTrue();
            assertThat(assessmentView(assessment("INTERIM")).getBoolean("studentSubmission.allowed"))
                    .isFalse();
            JsonPath summative = assessmentView(assessment("SUMMATIVE"));
            assertThat(summative.getBoolean("studentSubmission.allowed")).isFalse();
            given().get(ASSESSMENTS + "/" + summative.getString("id"))
                    .then()
                    .statusCode(200)
                    .body("studentSubmission.allowed", equalTo(false));
        }

        @Test
        void opensAndClosesAnAssessmentToStudentSubmission() {
            Map<String, Object> open = assessment("SUMMATIVE");
            open.put("studentSubmission", Map.of("allowed", true));
            String id = assessmentView(open).getString("id");
            given().get(ASSESSMENTS + "/" + id).then().body("studentSubmission.allowed", equalTo(true));

            Map<String, Object> closed = assessment("FORMATIVE");
            closed.put("studentSubmission", Map.of("allowed", false));
            given().contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body(closed)
                    .put(ASSESSMENTS + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("kind", equalTo("FORMATIVE"))
                    .body("studentSubmission.allowed", equalTo(false));

            Map<String, Object> malformed = assessment("SUMMATIVE");
            malformed.put("studentSubmission", Map.of("allowed", "maybe"));
            given().contentType(ContentType.JSON)
                    .body(malformed)
                    .post(ASSESSMENTS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("studentSubmission.allowed"));
        }

        @Test
        void submitsAttemptsWhateverTheSetting() throws Throwable {
            String assessment = define(AssessmentKind.SUMMATIVE, false, 1);
            given().contentType(ContentType.JSON)
                    .body(attemptBody("s-" + UUID.randomUUID(), assessment))
                    .post(EVIDENCE)
                    .then()
                    .statusCode(201)
                    .body("attempt", equalTo(1));
        }
    }

    @Test
    void documentsTheSettingAndTheRefusalInTheOpenApi() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(openapi.getString("components.schemas.NewAssessment.properties.studentSubmission.$ref"))
                .isEqualTo("#/components/schemas/AssessmentStudentSubmission");
        Map<String, Object> setting = openapi.getMap("components.schemas.AssessmentStudentSubmission");
        assertThat(setting).containsKeys("description", "examples");
        assertThat((String) setting.get("description")).contains("403", "FORMATIVE", "SUMMATIVE");
        assertThat(openapi.getMap("components.schemas.AssessmentStudentSubmission.properties.allowed"))
                .containsEntry("type", "boolean")
                .containsKeys("description", "examples");
        assertThat(openapi.getString("components.schemas.Assessment.properties.studentSubmission.$ref"))
                .isEqualTo("#/components/schemas/AssessmentStudentSubmissionView");
        assertThat(openapi.getString("paths.'/api/v1/assessments'.post.requestBody.content.'application/json'"
                        + ".examples.'project defense'.value.studentSubmission.allowed"))
                .isEqualTo("false");

        String refused = "paths.'/api/v1/evidence'.post.responses.'403'.content.'application/problem+json'";
        assertThat(openapi.getString(refused + ".schema.$ref")).isEqualTo("#/components/schemas/Problem");
        assertThat(openapi.getString(refused + ".examples.'student submission not allowed'.value.type"))
                .isEqualTo(NOT_ALLOWED);
    }
}
