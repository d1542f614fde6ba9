package org.proficio.assessment.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceRequests.AssessmentInfo;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.LearnerEvents;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;

/** Submitting evidence: checks, storage, events, idempotency. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EvidenceIntakeTest {

    @Inject
    EvidenceService service;

    private static final String EVIDENCE = "/api/v1/evidence";

    /** A framework published for district demo, and one for another district. */
    private static Map<String, Object> demo;

    private static Map<String, Object> elsewhere;

    @BeforeEach
    void publishFrameworksOnce() {
        if (demo != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> demoFramework = CatalogSnapshots.minimal(2);
            Map<String, Object> otherFramework = CatalogSnapshots.minimal(1);
            events.publishAndAwait("demo", demoFramework);
            events.publishAndAwait("other-district", otherFramework);
            demo = demoFramework;
            elsewhere = otherFramework;
        }
    }

    static Map<String, Object> evidence(String learnerId, String competencyId, String level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learnerId);
        body.put("competencyId", competencyId);
        body.put("assessment", Map.of("title", "Exit ticket", "kind", "FORMATIVE", "modality", "PERFORMANCE_TASK"));
        body.put("level", level);
        body.put("sourceId", "lms-" + UUID.randomUUID());
        body.put("observedAt", "2026-11-20T10:15:00+02:00");
        body.put(
                "artifact",
                Map.of(
                        "url",
                        "https://lms.example.org/submissions/123",
                        "mediaType",
                        "application/pdf",
                        "title",
                        "Worksheet"));
        return body;
    }

    private static String competency() {
        return CatalogSnapshots.competencyId(demo, 1);
    }

    private static String newLearner() {
        return "s-" + UUID.randomUUID();
    }

    private static long evidenceOf(String learnerId) {
        return TestDatabase.count("select count(*) from evidence where learner_id = ?", learnerId);
    }

    private static long eventsAbout(String learnerId) {
        return TestDatabase.count("select count(*) from outbox_event where subject = ?", learnerId);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void acceptsEvidenceAndPublishesSubmittedThenScored() {
        String learner = newLearner();
        String id = given().contentType(ContentType.JSON)
                .body(evidence(learner, competency(), "proficient"))
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .header("Location", containsString(EVIDENCE + "/"))
                .body("learnerId", equalTo(learner))
                .body("competencyId", equalTo(competency()))
                .body("frameworkId", equalTo(CatalogSnapshots.frameworkId(demo)))
                .body("assessment.modality", equalTo("PERFORMANCE_TASK"))
                .body("observedAt", equalTo("2026-11-20T08:15:00Z"))
                .body("artifact.mediaType", equalTo("application/pdf"))
                .body("score.level", equalTo("proficient"))
                .body("score.score", equalTo(3))
                .body("score.proficient", equalTo(true))
                .extract()
                .path("id");

        given().get(EVIDENCE + "/" + id).then().statusCode(200).body("score.level", equalTo("proficient"));

        List<TopicRecord> records = LearnerEvents.awaitOfType(learner, EventTypes.EVIDENCE_SCORED);
        List<TopicRecord> all = LearnerEvents.all(learner);
        assertThat(records).hasSize(1);
        assertThat(all)
                .extracting(r -> r.headers().get("ce_type"))
                .containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED);
        for (TopicRecord record : all) {
            assertThat(record.headers())
                    .containsEntry("ce_source", "/proficio/assessment")
                    .containsEntry("ce_subject", learner)
                    .containsEntry("ce_district", "demo")
                    .containsEntry("ce_specversion", "1.0")
                    .containsKey("ce_id")
                    .containsKey("ce_time");
            EventSchemas.assertValid(record.headers().get("ce_type"), record.value());
            assertThat(record.value()).contains("\"evidenceId\":\"" + id + "\"");
        }
        assertThat(all.get(0).value()).contains("\"competencyIds\":[\"" + competency() + "\"]");
        assertThat(all.get(1).value())
                .contains("\"level\":\"proficient\"")
                .contains("\"proficient\":true")
                .contains("\"score\":3");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void scoresFromTheFrameworkScale() {
        given().contentType(ContentType.JSON)
                .body(evidence(newLearner(), competency(), "developing"))
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .body("score.score", equalTo(2))
                .body("score.proficient", equalTo(false));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsUnknownCompetencyWithoutWriting() {
        String learner = newLearner();
        given().contentType(ContentType.JSON)
                .body(evidence(learner, UUID.randomUUID().toString(), "developing"))
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("competencyId"));
        assertThat(evidenceOf(learner)).isZero();
        assertThat(eventsAbout(learner)).isZero();
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsCompetencyOfAnotherDistrict() {
        given().contentType(ContentType.JSON)
                .body(evidence(newLearner(), CatalogSnapshots.competencyId(elsewhere, 0), "developing"))
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("competencyId"));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsLevelNotOnTheScaleNamingTheLevels() {
        String learner = newLearner();
        given().contentType(ContentType.JSON)
                .body(evidence(learner, competency(), "excellent"))
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("level"))
                .body("errors[0].message", containsString("beginning, developing, proficient, advanced"));
        assertThat(evidenceOf(learner)).isZero();
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsMissingAndOversizedFieldsListingThem() {
        Map<String, Object> body = evidence("x".repeat(101), competency(), "developing");
        body.put("level", "l".repeat(51));
        body.put("assessment", Map.of("title", "t".repeat(301), "modality", "PROJECT"));
        body.put("sourceId", "has spaces");
        body.put("artifact", Map.of("url", "ftp://example.org/x"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "learnerId",
                                "level",
                                "assessment.title",
                                "assessment.kind",
                                "sourceId",
                                "artifact.url"));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsMalformedJsonWrongTypesAndEmptyBody() {
        given().contentType(ContentType.JSON)
                .body("{\"learnerId\": \"s-0001\", ")
                .post(EVIDENCE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> wrongEnum = evidence(newLearner(), competency(), "developing");
        wrongEnum.put("assessment", Map.of("title", "Quiz", "kind", "FORMATIVE", "modality", "TELEPATHY"));
        given().contentType(ContentType.JSON)
                .body(wrongEnum)
                .post(EVIDENCE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("assessment.modality"));
        Map<String, Object> notUuid = evidence(newLearner(), "not-a-uuid", "developing");
        given().contentType(ContentType.JSON)
                .body(notUuid)
                .post(EVIDENCE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("competencyId"));
        given().contentType(ContentType.JSON)
                .post(EVIDENCE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsEvidenceObservedInTheFuture() {
        Map<String, Object> body = evidence(newLearner(), competency(), "developing");
        body.put("observedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("observedAt"));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void repeatWithSameIdempotencyKeyReturnsFirstResultAndWritesOnce() {
        String learner = newLearner();
        Map<String, Object> body = evidence(learner, competency(), "developing");
        String key = "retry-" + UUID.randomUUID();

        ExtractableResponse<Response> first =
                submit(key, body).then().statusCode(201).extract();
        ExtractableResponse<Response> repeat =
                submit(key, body).then().statusCode(201).extract();

        assertThat(repeat.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(repeat.body().asString()).isEqualTo(first.body().asString());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(evidenceOf(learner)).isEqualTo(1);
        assertThat(eventsAbout(learner))
                .as("one EvidenceSubmitted and one EvidenceScored")
                .isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void concurrentRepeatsWithSameIdempotencyKeyWriteOnce() {
        String learner = newLearner();
        Map<String, Object> body = evidence(learner, competency(), "developing");
        String key = "burst-" + UUID.randomUUID();

        List<CompletableFuture<ExtractableResponse<Response>>> burst = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> submit(key, body).then().extract()))
                .toList();
        List<ExtractableResponse<Response>> responses =
                burst.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(201);
        assertThat(responses)
                .extracting(r -> r.<String>path("id"))
                .containsOnly(responses.get(0).<String>path("id"));
        assertThat(evidenceOf(learner)).isEqualTo(1);
        assertThat(eventsAbout(learner)).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void sameIdempotencyKeyWithAnotherBodyIsRejected() {
        String learner = newLearner();
        String key = "reused-" + UUID.randomUUID();
        submit(key, evidence(learner, competency(), "developing")).then().statusCode(201);

        submit(key, evidence(learner, competency(), "advanced"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("Idempotency-Key"));
        assertThat(evidenceOf(learner)).isEqualTo(1);
        assertThat(eventsAbout(learner)).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void failedRequestDoesNotUseUpItsIdempotencyKey() {
        String learner = newLearner();
        String key = "fixed-later-" + UUID.randomUUID();
        submit(key, evidence(learner, competency(), "excellent")).then().statusCode(422);

        submit(key, evidence(learner, competency(), "advanced"))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsUnusableIdempotencyKey() {
        submit("k".repeat(256), evidence(newLearner(), competency(), "developing"))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("Idempotency-Key"));
        submit("has space", evidence(newLearner(), competency(), "developing"))
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "other-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void idempotencyKeysAreScopedToTheCaller() throws Throwable {
        String learner = newLearner();
        String key = "shared-" + UUID.randomUUID();
        NewEvidence byDemoLms = NewEvidence.of(
                learner,
                UUID.fromString(competency()),
                new AssessmentInfo("Quiz", AssessmentKind.FORMATIVE, Modality.SELECTED_RESPONSE),
                "beginning");
        // Another integration of the district used the key first, for another request.
        VertxContextSupport.subscribeAndAwait(
                () -> service.submit(Submitter.of("demo", "demo-lms", SubmitterRole.INTEGRATION), key, byDemoLms));

        submit(key, evidence(learner, competency(), "developing"))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("score.level", equalTo("developing"));
        assertThat(evidenceOf(learner)).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentMayNotScoreOwnEvidence() {
        given().contentType(ContentType.JSON)
                .body(evidence("s-0001", competency(), "advanced"))
                .post(EVIDENCE)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertThat(TestDatabase.count("select count(*) from evidence where submitted_by = 'student1'"))
                .isZero();
    }

    @Test
    void refusesSubmissionWithoutToken() {
        given().contentType(ContentType.JSON)
                .body(evidence(newLearner(), UUID.randomUUID().toString(), "developing"))
                .post(EVIDENCE)
                .then()
                .statusCode(401);
    }

    @Test
    void documentsEveryOperationWithSummaryAndExamples() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        Map<String, String> operations =
                Map.of(EVIDENCE, "post", EVIDENCE + "/{id}", "get", "/api/v1/learners/{learnerId}/evidence", "get");
        operations.forEach((path, method) -> {
            Map<String, Object> operation = paths.get(path).get(method);
            assertThat(operation).as(method + " " + path).containsKey("summary");
            assertThat(operation.toString()).as(method + " " + path).contains("example");
        });
        // Each operation names the roles that may call it (from @RolesAllowed), which the gateway's merged document
        // and the generated security matrix read.
        assertThat(openapi.getList("paths.'" + EVIDENCE + "'.post.security[0].keycloak", String.class))
                .containsExactlyInAnyOrder("integration", "educator", "district-admin", "student");
        assertThat(openapi.getList("paths.'" + EVIDENCE + "/{id}'.get.security[0].keycloak", String.class))
                .containsExactlyInAnyOrder("district-admin", "educator", "student", "guardian", "integration");
        assertThat(paths.get(EVIDENCE).get("post").toString()).contains("Idempotency-Key", "problem+json");
        assertThat(openapi.getMap("components.securitySchemes")).containsKey("keycloak");
    }

    private static Response submit(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(EVIDENCE);
    }
}
