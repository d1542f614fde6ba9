package org.proficio.progression.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.progression.Fixtures;
import org.proficio.progression.mastery.EvidenceScored;
import org.proficio.progression.mastery.MasteryService;

/** Object-level access: students see themselves, guardians their linked learners, nobody another district. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ProgressAccessTest {

    static final String DISTRICT = "access-district";
    static final String OTHER_DISTRICT = "other-district";

    @Inject
    MasteryService mastery;

    static UUID framework;
    static UUID competency;

    @BeforeEach
    void applyOnce() throws Throwable {
        if (framework != null) {
            return;
        }
        UUID frameworkId = UUID.randomUUID();
        UUID competencyId = UUID.randomUUID();
        Fixtures.publishFramework(DISTRICT, frameworkId, Map.of(competencyId, "A.1"));
        CatalogTables.awaitFramework(frameworkId.toString());
        for (String learner : List.of("s-0001", "s-0002")) {
            VertxContextSupport.subscribeAndAwait(() -> mastery.apply(
                    DISTRICT,
                    new EvidenceScored(
                            UUID.randomUUID(),
                            learner,
                            competencyId,
                            frameworkId,
                            "developing",
                            BigDecimal.valueOf(2),
                            false,
                            "FORMATIVE",
                            "test",
                            null,
                            OffsetDateTime.now())));
        }
        framework = frameworkId;
        competency = competencyId;
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentSeesOwnProgress() {
        given().get("/api/v1/learners/s-0001/progress")
                .then()
                .statusCode(200)
                .body("competencies.find { it.competencyId == '" + competency + "' }.status", equalTo("IN_PROGRESS"));
        given().get("/api/v1/learners/s-0001/progress/" + competency)
                .then()
                .statusCode(200)
                .body("history.size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentMayNotSeeAnotherLearner() {
        given().get("/api/v1/learners/s-0002/progress").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/learners/s-0002/progress/" + competency).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = DISTRICT),
                @Claim(key = "learners", value = "[\"s-0001\"]", type = ClaimType.JSON_ARRAY)
            })
    void guardianSeesOnlyLinkedLearners() {
        given().get("/api/v1/learners/s-0001/progress").then().statusCode(200);
        given().get("/api/v1/learners/s-0001/progress/" + competency).then().statusCode(200);
        given().get("/api/v1/learners/s-0002/progress").then().statusCode(403);
        given().get("/api/v1/learners/s-0002/progress/" + competency).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorSeesEveryLearnerOfTheDistrict() {
        given().get("/api/v1/learners/s-0002/progress/" + competency)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = OTHER_DISTRICT))
    void otherDistrictSeesNothing() {
        given().get("/api/v1/learners/s-0001/progress")
                .then()
                .statusCode(200)
                .body("competencies.competencyId", not(hasItem(competency.toString())));
        given().get("/api/v1/learners/s-0001/progress/" + competency).then().statusCode(404);
        given().queryParam("frameworkId", framework.toString())
                .get("/api/v1/learners/s-0001/progress")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    void tokenWithoutDistrictIsRefused() {
        given().get("/api/v1/learners/s-0001/progress").then().statusCode(403);
    }
}
