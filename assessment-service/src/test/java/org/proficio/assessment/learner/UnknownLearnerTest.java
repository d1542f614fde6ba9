package org.proficio.assessment.learner;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/**
 * Evidence about a learner the district has not registered: accepted by default (progression registers her,
 * flagged); refused with 422 naming her once the district says REFUSE, until progression announces her.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestSecurity(user = "admin", roles = "district-admin")
@OidcSecurity(claims = @Claim(key = "district", value = UnknownLearnerTest.DISTRICT))
class UnknownLearnerTest {

    static final String DISTRICT = "unknown-learners";
    private static final String SETTINGS = "/api/v1/evidence-settings";
    private static Map<String, Object> framework;

    @BeforeEach
    void publishFrameworkOnce() {
        if (framework != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> snapshot = CatalogSnapshots.minimal(1);
            events.publishAndAwait(DISTRICT, snapshot);
            framework = snapshot;
        }
    }

    private static Map<String, Object> evidence(String learnerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learnerId);
        body.put("competencyId", CatalogSnapshots.competencyId(framework, 0));
        body.put("assessment", Map.of("title", "Exit ticket", "kind", "FORMATIVE", "modality", "SELECTED_RESPONSE"));
        body.put("level", "proficient");
        return body;
    }

    private static void registered(String learnerId, int revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("learnerId", learnerId);
        data.put("displayName", "Ada");
        data.put("active", true);
        data.put("flagged", false);
        data.put("revision", revision);
        data.put("source", "API");
        data.put("registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        data.put("updatedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        TestEvents.publish(Topics.PROGRESSION, EventTypes.LEARNER_REGISTERED, DISTRICT, learnerId, data);
    }

    @Test
    void refusingDistrictsTakeEvidenceOnlyAboutLearnersTheyRegistered() {
        String stranger = "s-" + UUID.randomUUID();
        given().get(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("unknownLearners", equalTo("REGISTER"));
        given().contentType(ContentType.JSON)
                .body(evidence(stranger))
                .post("/api/v1/evidence")
                .then()
                .statusCode(201);

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("unknownLearners", "REFUSE"))
                .put(SETTINGS)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("updatedBy", equalTo("admin"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("unknownLearners", "REFUSE"))
                .put(SETTINGS)
                .then()
                .statusCode(412);

        String typo = "s-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(evidence(typo))
                .post("/api/v1/evidence")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("unknown-learner"))
                .body("detail", containsString(typo))
                .body("errors.field", contains("learnerId"));

        registered(typo, 1);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().contentType(ContentType.JSON)
                        .body(evidence(typo))
                        .post("/api/v1/evidence")
                        .then()
                        .statusCode(201));

        given().contentType(ContentType.JSON)
                .body(Map.of("unknownLearners", "SOMETIMES"))
                .put(SETTINGS)
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorsReadTheSettingsButDoNotSetThem() {
        given().get(SETTINGS).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("unknownLearners", "REFUSE"))
                .put(SETTINGS)
                .then()
                .statusCode(403);
    }
}
