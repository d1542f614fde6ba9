package org.proficio.support.intervention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.support.intervention.ProgressionEvents.CompetencyMastered;
import org.proficio.support.intervention.ProgressionEvents.LearnerStruggling;

/** Object-level access, filters and paging of the intervention endpoints. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class InterventionAccessTest {

    static final String DISTRICT = "access-district";
    static final String OTHER_DISTRICT = "other-district";

    @Inject
    InterventionService service;

    /** s-0001: three interventions, the oldest resolved; s-0002: one. */
    static List<UUID> first;

    static UUID second;

    @BeforeEach
    void openOnce() throws Throwable {
        if (first != null) {
            return;
        }
        UUID framework = UUID.randomUUID();
        List<UUID> opened = new ArrayList<>();
        List<UUID> competencies = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        // Hibernate Reactive needs a Vert.x context; the test thread has none.
        for (UUID competency : competencies) {
            opened.add(VertxContextSupport.subscribeAndAwait(() -> service.open(
                            DISTRICT,
                            new LearnerStruggling("s-0001", competency, framework, 2, UUID.randomUUID(), null, null)))
                    .id());
        }
        VertxContextSupport.subscribeAndAwait(() -> service.resolve(
                DISTRICT,
                new CompetencyMastered(
                        "s-0001", competencies.get(0), framework, UUID.randomUUID(), OffsetDateTime.now())));
        second = VertxContextSupport.subscribeAndAwait(() -> service.open(
                        DISTRICT,
                        new LearnerStruggling(
                                "s-0002", UUID.randomUUID(), framework, 3, UUID.randomUUID(), null, null)))
                .id();
        first = opened;
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentSeesOwnInterventions() {
        given().get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        contains(
                                first.get(2).toString(),
                                first.get(1).toString(),
                                first.get(0).toString()))
                .body("items.status", contains("OPEN", "OPEN", "RESOLVED"))
                .body("nextCursor", nullValue());
        given().get("/api/v1/interventions/" + first.get(0))
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution", equalTo("competency mastered"));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentMayNotSeeAnotherLearnersInterventions() {
        given().get("/api/v1/learners/s-0002/interventions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/interventions/" + second).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = DISTRICT),
                @Claim(key = "learners", value = "[\"s-0001\"]", type = ClaimType.JSON_ARRAY)
            })
    void guardianSeesOnlyLinkedLearners() {
        given().get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(200)
                .body("items", hasSize(3));
        given().get("/api/v1/interventions/" + first.get(1)).then().statusCode(200);
        given().get("/api/v1/learners/s-0002/interventions").then().statusCode(403);
        given().get("/api/v1/interventions/" + second).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorFiltersByStatusAndPages() {
        given().queryParam("status", "RESOLVED")
                .get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(200)
                .body("items.id", contains(first.get(0).toString()));
        String next = given().queryParam("limit", 2)
                .get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(200)
                .body("items.id", contains(first.get(2).toString(), first.get(1).toString()))
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(200)
                .body("items.id", contains(first.get(0).toString()))
                .body("nextCursor", nullValue());
        given().get("/api/v1/interventions/" + second)
                .then()
                .statusCode(200)
                .body("reason", equalTo("3 consecutive scores below proficient"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsUnknownStatusBadCursorAndLimit() {
        given().queryParam("status", "CLOSED")
                .get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains("status"));
        given().queryParam("cursor", "garbage")
                .get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 0)
                .get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", "many")
                .get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("limit"));
        given().get("/api/v1/interventions/not-a-uuid").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = OTHER_DISTRICT))
    void otherDistrictSeesNothing() {
        given().get("/api/v1/learners/s-0001/interventions")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().get("/api/v1/interventions/" + first.get(1)).then().statusCode(404);
    }

    @Test
    void documentsBothOperations() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/learners/{learnerId}/interventions"))
                .body(containsString("/api/v1/interventions/{id}"));
    }

    @Test
    void refusesCallsWithoutToken() {
        given().get("/api/v1/learners/s-0001/interventions").then().statusCode(401);
        given().get("/api/v1/interventions/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    void tokenWithoutDistrictIsRefused() {
        given().get("/api/v1/learners/s-0001/interventions").then().statusCode(403);
    }
}
