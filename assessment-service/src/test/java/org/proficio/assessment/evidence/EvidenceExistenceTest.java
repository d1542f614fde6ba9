package org.proficio.assessment.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.assessment.AssessmentService;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceRequests.AssessmentInfo;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.readiness.ReadinessRequests.NewPreparation;
import org.proficio.assessment.readiness.ReadinessService;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * No existence oracle (issue 9, finding 11): an object the caller may not see is answered exactly like one that does
 * not exist (same status, same problem but for the id she sent, no learner id in it), and a path naming a learner the
 * caller may not see is refused the same way whether or not that learner has anything on record.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EvidenceExistenceTest {

    static final String EVIDENCE = "/api/v1/evidence/";

    /** Evidence of s-0002, submitted by a teacher; s-0002 also has preparation on record. */
    static String ofStudent2;

    /** Evidence of another learner, submitted by the integration demo-lms. */
    static String byDemoLms;

    static String assessment;

    @Inject
    EvidenceService evidence;

    @Inject
    AssessmentService assessments;

    @Inject
    ReadinessService readiness;

    @BeforeEach
    void seedOnce() throws Throwable {
        if (ofStudent2 != null) {
            return;
        }
        Map<String, Object> framework = CatalogSnapshots.minimal(1);
        try (CompetencyEvents events = new CompetencyEvents()) {
            events.publishAndAwait("demo", framework);
        }
        UUID competency = UUID.fromString(CatalogSnapshots.competencyId(framework, 0));
        assessment = VertxContextSupport.subscribeAndAwait(() -> assessments.create(
                        "demo",
                        "teacher",
                        null,
                        new NewAssessment(
                                "Ratio quiz",
                                null,
                                AssessmentKind.SUMMATIVE,
                                Modality.SELECTED_RESPONSE,
                                List.of(competency),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .result()
                .id()
                .toString();
        VertxContextSupport.subscribeAndAwait(() -> readiness.recordPreparation(
                "demo",
                "teacher",
                "s-0002",
                null,
                new NewPreparation(UUID.fromString(assessment), "Tutoring", LocalDate.now(ZoneOffset.UTC), null)));
        byDemoLms = submit(SubmitterRole.INTEGRATION, "demo-lms", "s-" + UUID.randomUUID(), competency);
        ofStudent2 = submit(SubmitterRole.EDUCATOR, "teacher", "s-0002", competency);
    }

    private String submit(SubmitterRole role, String name, String learner, UUID competency) throws Throwable {
        NewEvidence request = NewEvidence.of(
                learner,
                competency,
                new AssessmentInfo("Exit ticket", AssessmentKind.FORMATIVE, Modality.SELECTED_RESPONSE),
                "proficient");
        return VertxContextSupport.subscribeAndAwait(
                        () -> evidence.submit(Submitter.of("demo", name, role), null, request))
                .result()
                .id()
                .toString();
    }

    /**
     * Asks for an object that exists but is hidden from the caller and for one that does not exist, and requires the
     * same answer: the status, the content type and the problem, member for member but for the id sent.
     *
     * @param request the request for one id
     * @return the answer about the hidden object
     */
    static Response answeredAlike(Function<String, Response> request, String hidden, String absent, int status) {
        Response aboutHidden = request.apply(hidden);
        Response aboutAbsent = request.apply(absent);
        assertThat(aboutHidden.statusCode()).isEqualTo(status);
        assertThat(aboutAbsent.statusCode()).isEqualTo(status);
        assertThat(aboutHidden.contentType())
                .isEqualTo(aboutAbsent.contentType())
                .startsWith("application/problem+json");
        assertThat(problemWithoutId(aboutHidden, hidden)).isEqualTo(problemWithoutId(aboutAbsent, absent));
        return aboutHidden;
    }

    /**
     * The problem's members with the id sent replaced by a placeholder, without a per-request correlation id (which
     * differs between any two requests and says nothing about the object).
     */
    static Map<String, Object> problemWithoutId(Response answer, String id) {
        Map<String, Object> problem = new LinkedHashMap<>(
                JsonPath.from(answer.asString().replace(id, "{id}")).getMap("$"));
        problem.remove("requestId");
        return problem;
    }

    static Response getEvidence(String id) {
        return given().get(EVIDENCE + id);
    }

    static String unknownId() {
        return UUID.randomUUID().toString();
    }

    @Nested
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    class AStudent {

        @Test
        void findsAnotherLearnersEvidenceNotFoundExactlyLikeEvidenceThatDoesNotExist() {
            Response answer = answeredAlike(EvidenceExistenceTest::getEvidence, ofStudent2, unknownId(), 404);
            JsonPath problem = answer.jsonPath();
            assertThat(problem.getString("type")).isEqualTo("urn:proficio:problem:not-found");
            assertThat(problem.getString("detail")).isEqualTo("No evidence " + ofStudent2 + ".");
            assertThat(problem.getString("instance")).isEqualTo(EVIDENCE + ofStudent2);
            assertThat(answer.asString()).doesNotContain("s-0002");
        }

        @Test
        void isRefusedStaffOnlyOperationsOnEvidenceAlikeForAnyId() {
            answeredAlike(id -> given().get(EVIDENCE + id + "/scores"), ofStudent2, unknownId(), 403);
            answeredAlike(
                    id -> given().contentType(ContentType.JSON)
                            .body(Map.of("level", "advanced"))
                            .post(EVIDENCE + id + "/scores"),
                    ofStudent2,
                    unknownId(),
                    403);
            answeredAlike(
                    id -> given().contentType(ContentType.JSON)
                            .body(Map.of("level", "advanced"))
                            .post(EVIDENCE + id + "/moderation"),
                    ofStudent2,
                    unknownId(),
                    403);
        }

        @Test
        void isRefusedALearnerSheMayNotSeeAlikeWhetherOrNotTheLearnerHasRecords() {
            String nobody = "s-" + UUID.randomUUID();
            for (String path : List.of("/evidence", "/preparations", "/readiness-confirmations")) {
                answeredAlike(id -> given().get("/api/v1/learners/" + id + path), "s-0002", nobody, 403);
            }
            answeredAlike(
                    id -> given().queryParam("assessmentId", assessment).get("/api/v1/learners/" + id + "/readiness"),
                    "s-0002",
                    nobody,
                    403);
        }
    }

    @Nested
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = "demo"),
                @Claim(key = "learners", value = "[\"s-0001\"]", type = ClaimType.JSON_ARRAY)
            })
    class AGuardian {

        @Test
        void findsAnUnlinkedLearnersEvidenceNotFoundExactlyLikeEvidenceThatDoesNotExist() {
            Response answer = answeredAlike(EvidenceExistenceTest::getEvidence, ofStudent2, unknownId(), 404);
            assertThat(answer.asString()).doesNotContain("s-0002");
            answeredAlike(id -> given().get("/api/v1/learners/" + id + "/evidence"), "s-0002", "s-nobody", 403);
        }
    }

    @Nested
    @TestSecurity(user = "other-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    class AnIntegrationWithoutReadAll {

        @Test
        void findsAnotherIntegrationsEvidenceNotFoundExactlyLikeEvidenceThatDoesNotExist() {
            Response answer = answeredAlike(EvidenceExistenceTest::getEvidence, byDemoLms, unknownId(), 404);
            assertThat(answer.asString()).doesNotContain("demo-lms");
        }
    }

    @Nested
    @TestSecurity(user = "teacher-elsewhere", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "other-district"))
    class AnotherDistrict {

        @Test
        void findsTheDistrictsEvidenceAndAssessmentsNotFoundExactlyLikeUnknownIds() {
            answeredAlike(EvidenceExistenceTest::getEvidence, ofStudent2, unknownId(), 404);
            answeredAlike(id -> given().get(EVIDENCE + id + "/scores"), ofStudent2, unknownId(), 404);
            answeredAlike(id -> given().get("/api/v1/assessments/" + id), assessment, unknownId(), 404);
            answeredAlike(id -> given().get("/api/v1/assessments/" + id + "/agreement"), assessment, unknownId(), 404);
        }
    }

    @Test
    void documentsEveryErrorResponseAsAProblem() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String notFound = "paths.'/api/v1/evidence/{id}'.get.responses.'404'.content.'application/problem+json'";
        assertThat(openapi.getString(notFound + ".schema.$ref")).isEqualTo("#/components/schemas/Problem");
        assertThat(openapi.getString(notFound + ".examples.'not found'.value.type"))
                .isEqualTo("urn:proficio:problem:not-found");
        assertThat(openapi.getMap("paths.'/api/v1/evidence/{id}'.get.responses"))
                .containsKeys("200", "401", "403");

        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> op) || !(op.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            responses.forEach((status, response) -> {
                if (status.toString().matches("[45]\\d\\d")) {
                    assertThat(response.toString())
                            .as(method + " " + path + " " + status)
                            .contains("application/problem+json");
                }
            });
        }));
    }
}
