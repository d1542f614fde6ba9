package org.proficio.assessment.readiness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.hibernate.reactive.panache.Panache;
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
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.assessment.AssessmentRequests.ReadinessRequest;
import org.proficio.assessment.assessment.AssessmentRequests.RetestRequest;
import org.proficio.assessment.assessment.AssessmentService;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceIntake;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.Submitter;
import org.proficio.assessment.evidence.SubmitterRole;
import org.proficio.assessment.readiness.ReadinessRequests.NewPreparation;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.ScoringFixture;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.platform.events.EventTypes;

/**
 * Preparation records and readiness confirmations (recording, validation, listing, idempotency), who may see and
 * record what (students, guardians, integrations, another district), and the in-transaction refusal path bulk and
 * xAPI intake use.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PreparationAndAccessTest {

    @Inject
    AssessmentService assessments;

    @Inject
    ReadinessService readiness;

    @Inject
    EvidenceIntake intake;

    @Inject
    Denials denials;

    /** A summative assessment of district demo needing one formative piece of evidence; no attempt limit. */
    static String summative;

    /** A summative assessment of district demo without readiness conditions whose retests need preparation. */
    static String retestable;

    static String competency;

    @BeforeEach
    void seedOnce() throws Throwable {
        if (summative != null) {
            return;
        }
        Map<String, Object> framework = CatalogSnapshots.minimal(2);
        try (CompetencyEvents events = new CompetencyEvents()) {
            events.publishAndAwait("demo", framework);
        }
        competency = CatalogSnapshots.competencyId(framework, 1);
        String readyNeeded = define(new ReadinessRequest(1, false), null);
        retestable = define(new ReadinessRequest(0, false), new RetestRequest(true, null, null));
        // s-0002 has preparation on record, for the visibility checks.
        VertxContextSupport.subscribeAndAwait(() -> readiness.recordPreparation(
                "demo",
                "teacher",
                "s-0002",
                null,
                new NewPreparation(UUID.fromString(readyNeeded), "Practice set", LocalDate.now(ZoneOffset.UTC), null)));
        summative = readyNeeded;
    }

    private String define(ReadinessRequest readinessPolicy, RetestRequest retest) throws Throwable {
        NewAssessment request = new NewAssessment(
                "Project defense " + UUID.randomUUID(),
                null,
                AssessmentKind.SUMMATIVE,
                Modality.PRESENTATION,
                List.of(UUID.fromString(competency)),
                null,
                null,
                null,
                null,
                readinessPolicy,
                retest,
                null);
        return VertxContextSupport.subscribeAndAwait(() -> assessments.create("demo", "teacher", null, request))
                .result()
                .id()
                .toString();
    }

    static Map<String, Object> preparationBody(String assessmentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", assessmentId);
        body.put("activity", "Two tutoring sessions on equivalent ratios");
        body.put("completedOn", LocalDate.now(ZoneOffset.UTC).toString());
        return body;
    }

    static String preparations(String learner) {
        return "/api/v1/learners/" + learner + "/preparations";
    }

    static String confirmations(String learner) {
        return "/api/v1/learners/" + learner + "/readiness-confirmations";
    }

    static String readinessOf(String learner) {
        return "/api/v1/learners/" + learner + "/readiness";
    }

    // --- who sees and records what ---

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentSeesOwnReadinessAndRecords() {
        given().queryParam("assessmentId", summative)
                .get(readinessOf("s-0001"))
                .then()
                .statusCode(200)
                .body("ready", equalTo(false))
                .body("unmet.condition", contains("FORMATIVE_EVIDENCE"))
                .body("attempts.made", equalTo(0));
        given().get(preparations("s-0001")).then().statusCode(200);
        given().get(confirmations("s-0001")).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentIsRefusedAnotherLearnersReadinessAndRecords() {
        given().queryParam("assessmentId", summative)
                .get(readinessOf("s-0002"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get(preparations("s-0002")).then().statusCode(403);
        given().get(confirmations("s-0002")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentMayNotRecordOwnPreparationOrReadiness() {
        given().contentType(ContentType.JSON)
                .body(preparationBody(summative))
                .post(preparations("s-0001"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("assessmentId", summative))
                .post(confirmations("s-0001"))
                .then()
                .statusCode(403);
        assertThat(TestDatabase.count("select count(*) from preparation where learner_id = 's-0001'"))
                .isZero();
        assertThat(TestDatabase.count("select count(*) from readiness_confirmation where learner_id = 's-0001'"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = "demo"),
                @Claim(key = "learners", value = "[\"s-0001\"]", type = ClaimType.JSON_ARRAY)
            })
    void guardianSeesLinkedLearnerOnly() {
        given().queryParam("assessmentId", summative)
                .get(readinessOf("s-0001"))
                .then()
                .statusCode(200);
        given().queryParam("assessmentId", summative)
                .get(readinessOf("s-0002"))
                .then()
                .statusCode(403);
        given().get(preparations("s-0002")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void integrationRecordsPreparationVerifiedByItselfUnlessItNamesTheVerifier() {
        String learner = "s-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(preparationBody(summative))
                .post(preparations(learner))
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("learnerId", equalTo(learner))
                .body("assessmentId", equalTo(summative))
                .body("verifiedBy", equalTo("demo-lms"))
                .body("recordedBy", equalTo("demo-lms"))
                .body("recordedAt", notNullValue());
        Map<String, Object> named = preparationBody(summative);
        named.put("verifiedBy", "Ms. Alvarez (math tutor)");
        given().contentType(ContentType.JSON)
                .body(named)
                .post(preparations(learner))
                .then()
                .statusCode(201)
                .body("verifiedBy", equalTo("Ms. Alvarez (math tutor)"))
                .body("recordedBy", equalTo("demo-lms"));
        // Readiness is an educator's judgement: integrations may not confirm it.
        given().contentType(ContentType.JSON)
                .body(Map.of("assessmentId", summative))
                .post(confirmations(learner))
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "teacher-elsewhere", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "other-district"))
    void anotherDistrictSeesNoneOfIt() {
        given().queryParam("assessmentId", summative)
                .get(readinessOf("s-0002"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get(preparations("s-0002")).then().statusCode(200).body("items", empty());
        given().contentType(ContentType.JSON)
                .body(preparationBody(summative))
                .post(preparations("s-0002"))
                .then()
                .statusCode(422)
                .body("errors.field", contains("assessmentId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("assessmentId", summative))
                .post(confirmations("s-0002"))
                .then()
                .statusCode(422)
                .body("errors.field", contains("assessmentId"));
        assertThat(TestDatabase.count("select count(*) from preparation where district = 'other-district'"))
                .isZero();
    }

    // --- recording preparation ---

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsInvalidPreparationListingTheFields() {
        String learner = "s-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post(preparations(learner))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("assessmentId", "activity", "completedOn"));
        Map<String, Object> oversized = preparationBody(summative);
        oversized.put("activity", "a".repeat(501));
        oversized.put("verifiedBy", "v".repeat(201));
        given().contentType(ContentType.JSON)
                .body(oversized)
                .post(preparations(learner))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("activity", "verifiedBy"));
        Map<String, Object> future = preparationBody(summative);
        future.put("completedOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
        given().contentType(ContentType.JSON)
                .body(future)
                .post(preparations(learner))
                .then()
                .statusCode(422)
                .body("errors.field", contains("completedOn"));
        given().contentType(ContentType.JSON)
                .body(preparationBody(UUID.randomUUID().toString()))
                .post(preparations(learner))
                .then()
                .statusCode(422)
                .body("errors.field", contains("assessmentId"));
        given().contentType(ContentType.JSON)
                .body(preparationBody(summative))
                .post(preparations("x".repeat(101)))
                .then()
                .statusCode(400)
                .body("errors.field", contains("learnerId"));
        assertThat(TestDatabase.count("select count(*) from preparation where learner_id = ?", learner))
                .isZero();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void listsPreparationNewestFirstByAssessmentAndInPages() {
        String learner = "s-" + UUID.randomUUID();
        for (String[] record : new String[][] {{summative, "first"}, {retestable, "second"}, {summative, "third"}}) {
            Map<String, Object> body = preparationBody(record[0]);
            body.put("activity", record[1]);
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post(preparations(learner))
                    .then()
                    .statusCode(201);
        }
        given().get(preparations(learner))
                .then()
                .statusCode(200)
                .body("items.activity", contains("third", "second", "first"))
                .body("nextCursor", nullValue());
        given().queryParam("assessmentId", summative)
                .get(preparations(learner))
                .then()
                .body("items.activity", contains("third", "first"));
        String cursor = given().queryParam("limit", 2)
                .get(preparations(learner))
                .then()
                .body("items.activity", contains("third", "second"))
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(preparations(learner))
                .then()
                .body("items.activity", contains("first"))
                .body("nextCursor", nullValue());
        given().queryParam("limit", 0).get(preparations(learner)).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void repeatWithTheSameIdempotencyKeyRecordsOnce() {
        String learner = "s-" + UUID.randomUUID();
        String key = "prep-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(preparationBody(summative))
                .post(preparations(learner))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(preparationBody(summative))
                .post(preparations(learner))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first));
        // The same key and body for another learner is another request.
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(preparationBody(summative))
                .post(preparations("s-" + UUID.randomUUID()))
                .then()
                .statusCode(422)
                .body("errors.field", contains("Idempotency-Key"));
        String confirmKey = "confirm-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .header("Idempotency-Key", confirmKey)
                    .body(Map.of("assessmentId", summative))
                    .post(confirmations(learner))
                    .then()
                    .statusCode(201);
        }
        assertThat(TestDatabase.count("select count(*) from preparation where learner_id = ?", learner))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from readiness_confirmation where learner_id = ?", learner))
                .isEqualTo(1);
    }

    // --- the path bulk and xAPI intake take ---

    @Test
    void itemsRefusedInsideACommittingTransactionAddTheirDenialToIt() throws Throwable {
        String learner = "s-" + UUID.randomUUID();
        Submitter who = Submitter.of("demo", "demo-lms", SubmitterRole.INTEGRATION);
        List<Object> outcomes = new ArrayList<>();
        // As a bulk request does: several items in one transaction, a refused item does not stop the others.
        VertxContextSupport.subscribeAndAwait(() ->
                Panache.withTransaction(() -> item(who, learner, "proficient", outcomes)
                        .chain(() -> item(who, learner, "developing", outcomes))
                        .chain(() -> item(who, learner, "advanced", outcomes))));

        assertThat(outcomes).containsExactly(1, 2, Refusal.RETEST_REFUSED);
        assertThat(
                        TestDatabase.rows("select attempt from evidence where learner_id = ? order by attempt", learner)
                                .stream()
                                .map(r -> r.get("attempt"))
                                .toList())
                .containsExactly(1, 2);
        List<Map<String, Object>> denied = TestDatabase.rows(
                "select payload from outbox_event where subject = ? and type = ?",
                learner,
                EventTypes.READINESS_DENIED);
        assertThat(denied).hasSize(1);
        JsonPath data = JsonPath.from((String) denied.get(0).get("payload"));
        assertThat(data.getInt("attempt")).isEqualTo(3);
        assertThat(data.getList("unmet.condition")).containsExactly("PREPARATION");
    }

    private Uni<Void> item(Submitter who, String learner, String level, List<Object> outcomes) {
        NewEvidence request = ScoringFixture.attempt(retestable, learner, level);
        return intake.check(who, request)
                .chain(checked -> intake.store(who, checked))
                .invoke(stored -> outcomes.add(stored.attempt()))
                .replaceWithVoid()
                .onFailure(AttemptRefused.class)
                .recoverWithUni(failure -> {
                    AttemptRefused refused = (AttemptRefused) failure;
                    outcomes.add(refused.refusal());
                    return denials.add(who.district(), refused);
                });
    }

    @Test
    void documentsEveryReadinessOperationWithSummaryAndExamples() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String[]> operations = List.of(
                new String[] {"/api/v1/learners/{learnerId}/preparations", "post"},
                new String[] {"/api/v1/learners/{learnerId}/preparations", "get"},
                new String[] {"/api/v1/learners/{learnerId}/readiness-confirmations", "post"},
                new String[] {"/api/v1/learners/{learnerId}/readiness-confirmations", "get"},
                new String[] {"/api/v1/learners/{learnerId}/readiness", "get"});
        for (String[] op : operations) {
            Map<String, Object> operation = paths.get(op[0]).get(op[1]);
            assertThat(operation).as(op[1] + " " + op[0]).containsKey("summary").containsKey("description");
            assertThat(operation.toString()).as(op[1] + " " + op[0]).contains("example", "keycloak");
            if (op[1].equals("post")) {
                assertThat(operation.toString()).as(op[1] + " " + op[0]).contains("Idempotency-Key");
            }
        }
        assertThat(openapi.getList("tags.name")).contains("Readiness");
        assertThat(paths.get("/api/v1/learners/{learnerId}/readiness")
                        .get("get")
                        .toString())
                .contains("MAX_ATTEMPTS", "COOLDOWN");
        assertThat(openapi.getMap("components.schemas"))
                .containsKey("Readiness")
                .containsKey("UnmetCondition");
    }
}
