package org.proficio.assessment.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** Defining assessments: defaults, checks against the catalog, idempotency, revisions, who may do what. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AssessmentResourceTest {

    @Inject
    AssessmentService service;

    private static final String ASSESSMENTS = "/api/v1/assessments";

    /** A framework with a rubric, another framework, one of another district, and a retired one. */
    private static Map<String, Object> math;

    private static Map<String, Object> second;
    private static Map<String, Object> elsewhere;
    private static Map<String, Object> retired;

    @BeforeEach
    void publishFrameworksOnce() {
        if (math != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> full = CatalogSnapshots.full(UUID.randomUUID());
            Map<String, Object> other = CatalogSnapshots.minimal(2);
            Map<String, Object> foreign = CatalogSnapshots.minimal(1);
            Map<String, Object> old = CatalogSnapshots.minimal(1);
            events.publishAndAwait("demo", full);
            events.publishAndAwait("demo", other);
            events.publishAndAwait("other-district", foreign);
            events.publishAndAwait("demo", old);
            CatalogSnapshots.retire("demo", CatalogSnapshots.frameworkId(old), null);
            math = full;
            second = other;
            elsewhere = foreign;
            retired = old;
        }
        org.awaitility.Awaitility.await()
                .until(() -> TestDatabase.count(
                                "select count(*) from catalog.framework where id = ?::uuid and retired_at is not null",
                                CatalogSnapshots.frameworkId(retired))
                        == 1);
    }

    private static String ratio() {
        return CatalogSnapshots.competencyId(math, 1);
    }

    private static String modelling() {
        return CatalogSnapshots.competencyId(math, 2);
    }

    private static String rubric() {
        return (String) CatalogSnapshots.list(math, "rubrics").get(0).get("id");
    }

    static Map<String, Object> assessment(String kind, String... competencyIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Ratio project defense");
        body.put("kind", kind);
        body.put("modality", "PRESENTATION");
        body.put("competencyIds", List.of(competencyIds));
        return body;
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void definesASummativeAssessmentWithDefaults() {
        String id = given().contentType(ContentType.JSON)
                .body(assessment("SUMMATIVE", ratio(), modelling()))
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .header("Location", containsString(ASSESSMENTS + "/"))
                .header("ETag", equalTo("\"1\""))
                .body("frameworkId", equalTo(CatalogSnapshots.frameworkId(math)))
                .body("competencyIds", equalTo(List.of(ratio(), modelling())))
                .body("calibration.ratersRequired", equalTo(1))
                .body("calibration.agreement", equalTo("ADJACENT"))
                .body("readiness.formativeEvidence", equalTo(1))
                .body("readiness.confirmationRequired", equalTo(false))
                .body("retest.preparationRequired", equalTo(true))
                .body("retest.cooldown", equalTo("PT0S"))
                .body("retest.maxAttempts", nullValue())
                .body("createdBy", equalTo("teacher"))
                .extract()
                .path("id");

        given().get(ASSESSMENTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Ratio project defense"))
                .body("competencyIds", equalTo(List.of(ratio(), modelling())));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void keepsEveryPolicyAsSent() {
        Map<String, Object> body = assessment("SUMMATIVE", ratio());
        body.put("rubricId", rubric());
        body.put("activityId", "https://lms.example.org/xapi/activities/" + UUID.randomUUID());
        body.put("sourceId", "lms-a-1");
        body.put("calibration", Map.of("ratersRequired", 3, "agreement", "EXACT"));
        body.put("readiness", Map.of("formativeEvidence", 2, "confirmationRequired", true));
        body.put("retest", Map.of("preparationRequired", false, "cooldown", "P2D", "maxAttempts", 3));
        given().contentType(ContentType.JSON)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .body("rubricId", equalTo(rubric()))
                .body("activityId", equalTo(body.get("activityId")))
                .body("sourceId", equalTo("lms-a-1"))
                .body("calibration.ratersRequired", equalTo(3))
                .body("calibration.agreement", equalTo("EXACT"))
                .body("readiness.formativeEvidence", equalTo(2))
                .body("readiness.confirmationRequired", equalTo(true))
                .body("retest.preparationRequired", equalTo(false))
                .body("retest.cooldown", equalTo("PT48H"))
                .body("retest.maxAttempts", equalTo(3));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void formativeAssessmentsNeedNoReadiness() {
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", ratio()))
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .body("readiness.formativeEvidence", equalTo(0));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesCompetenciesTheCatalogDoesNotBackAndWritesNothing() {
        long before = TestDatabase.count("select count(*) from assessment");
        String unknown = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", ratio(), unknown))
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("competencyIds[1]")));
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", CatalogSnapshots.competencyId(elsewhere, 0)))
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("competencyIds[0]")));
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", ratio(), CatalogSnapshots.competencyId(second, 0)))
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .body("detail", containsString("one framework"));
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", ratio(), ratio()))
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("competencyIds")));
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", CatalogSnapshots.competencyId(retired, 0)))
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .body("detail", containsString("retired"));
        Map<String, Object> foreignRubric = assessment("FORMATIVE", CatalogSnapshots.competencyId(second, 0));
        foreignRubric.put("rubricId", rubric());
        given().contentType(ContentType.JSON)
                .body(foreignRubric)
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("rubricId")));
        Map<String, Object> negative = assessment("SUMMATIVE", ratio());
        negative.put("retest", Map.of("cooldown", "-PT1H"));
        given().contentType(ContentType.JSON)
                .body(negative)
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("retest.cooldown")));
        assertThat(TestDatabase.count("select count(*) from assessment")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesBadFieldsListingThem() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", " ");
        body.put("modality", "PRESENTATION");
        body.put("competencyIds", List.of());
        body.put("calibration", Map.of("ratersRequired", 11));
        body.put("sourceId", "has spaces");
        given().contentType(ContentType.JSON)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("competencyIds"))
                .body("errors.field", hasItem("calibration.ratersRequired"))
                .body("errors.field", hasItem("sourceId"));
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"kind\": \"SOMETIMES\"}")
                .post(ASSESSMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void anXapiActivityBelongsToOneAssessment() {
        Map<String, Object> body = assessment("FORMATIVE", ratio());
        body.put("activityId", "https://lms.example.org/xapi/activities/" + UUID.randomUUID());
        given().contentType(ContentType.JSON)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString((String) body.get("activityId")));
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void repeatsWithTheSameIdempotencyKeyCreateOnce() {
        String key = "assessment-" + UUID.randomUUID();
        Map<String, Object> body = assessment("INTERIM", ratio());
        body.put("sourceId", key);
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first));
        body.put("title", "Another title");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("Idempotency-Key")));
        assertThat(TestDatabase.count("select count(*) from assessment where source_id = ?", key))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void replacesWithIfMatchAndRefusesAStaleRevision() {
        String id = given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", ratio()))
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> changed = assessment("SUMMATIVE", ratio(), modelling());
        changed.put("calibration", Map.of("ratersRequired", 2));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(changed)
                .put(ASSESSMENTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("kind", equalTo("SUMMATIVE"))
                .body("calibration.ratersRequired", equalTo(2))
                .body("competencyIds", equalTo(List.of(ratio(), modelling())));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(assessment("FORMATIVE", ratio()))
                .put(ASSESSMENTS + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().get(ASSESSMENTS + "/" + id).then().body("revision", equalTo(2)).body("kind", equalTo("SUMMATIVE"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void listsNewestFirstFilteredByCompetencyAndKind() {
        String only = CatalogSnapshots.competencyId(second, 1);
        String formative = given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", only))
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String summative = given().contentType(ContentType.JSON)
                .body(assessment("SUMMATIVE", only))
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("competencyId", only)
                .get(ASSESSMENTS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(summative, formative)));
        given().queryParam("competencyId", only)
                .queryParam("kind", "FORMATIVE")
                .get(ASSESSMENTS)
                .then()
                .body("items.id", equalTo(List.of(formative)));
        String next = given().queryParam("competencyId", only)
                .queryParam("limit", 1)
                .get(ASSESSMENTS)
                .then()
                .body("items.id", equalTo(List.of(summative)))
                .extract()
                .path("nextCursor");
        given().queryParam("competencyId", only)
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(ASSESSMENTS)
                .then()
                .body("items.id", equalTo(List.of(formative)));
        given().queryParam("limit", 0).get(ASSESSMENTS).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentsReadAssessmentsButDoNotDefineThem() {
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", ratio()))
                .post(ASSESSMENTS)
                .then()
                .statusCode(403);
        given().get(ASSESSMENTS).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "other-teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "other-district"))
    void anotherDistrictSeesNoneOfThem() throws Throwable {
        NewAssessment request = new NewAssessment(
                "Demo only",
                null,
                AssessmentKind.FORMATIVE,
                Modality.PROJECT,
                List.of(UUID.fromString(ratio())),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        // Hibernate Reactive needs a Vert.x context; the test thread has none.
        UUID ofDemo = VertxContextSupport.subscribeAndAwait(() -> service.create("demo", "teacher", null, request))
                .result()
                .id();
        given().get(ASSESSMENTS + "/" + ofDemo).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", ratio()))
                .put(ASSESSMENTS + "/" + ofDemo)
                .then()
                .statusCode(404);
        given().get(ASSESSMENTS)
                .then()
                .statusCode(200)
                .body("items.frameworkId", everyItem(not(equalTo(CatalogSnapshots.frameworkId(math)))));
    }

    @Test
    void refusesWithoutToken() {
        given().contentType(ContentType.JSON)
                .body(assessment("FORMATIVE", UUID.randomUUID().toString()))
                .post(ASSESSMENTS)
                .then()
                .statusCode(401);
    }
}
