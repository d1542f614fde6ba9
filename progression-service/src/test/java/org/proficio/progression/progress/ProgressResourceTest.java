package org.proficio.progression.progress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.progression.Fixtures;

/** Progress built from the catalog read model and mastery, both fed from Kafka in any order. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ProgressResourceTest {

    static final String DISTRICT = "demo";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String learner = "s-" + UUID.randomUUID();
    private final UUID framework = UUID.randomUUID();
    private final UUID ratio = UUID.randomUUID();
    private final UUID rates = UUID.randomUUID();

    private Map<UUID, String> codes() {
        Map<UUID, String> codes = new LinkedHashMap<>();
        codes.put(ratio, "6.RP.A.1");
        codes.put(rates, "6.RP.A.2");
        return codes;
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void listsNotStartedCompetenciesFromTheCatalog() {
        Fixtures.publishFramework(DISTRICT, framework, codes());

        await().atMost(WAIT)
                .untilAsserted(() -> given().queryParam("frameworkId", framework.toString())
                        .get(progress())
                        .then()
                        .statusCode(200)
                        .body("learnerId", equalTo(learner))
                        .body("competencies.code", contains("6.RP.A.1", "6.RP.A.2"))
                        .body("competencies.status", everyItem(equalTo("NOT_STARTED")))
                        .body("competencies.evidenceCount", everyItem(equalTo(0)))
                        .body("competencies.statement", hasItem("Statement of 6.RP.A.1")));

        Fixtures.score(DISTRICT, learner, rates, framework, "developing");

        await().atMost(WAIT)
                .untilAsserted(() -> given().queryParam("frameworkId", framework.toString())
                        .get(progress())
                        .then()
                        .body("competencies.status", contains("NOT_STARTED", "IN_PROGRESS"))
                        .body("competencies[1].lastLevel", equalTo("developing"))
                        .body("competencies[1].evidenceCount", equalTo(1)));
        given().get(progress())
                .then()
                .statusCode(200)
                .body("competencies.competencyId", hasItems(ratio.toString(), rates.toString()));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void takesEvidenceBeforeItsFrameworkArrives() {
        Fixtures.score(DISTRICT, learner, ratio, framework, "beginning");

        await().atMost(WAIT)
                .untilAsserted(() -> given().queryParam("frameworkId", framework.toString())
                        .get(progress())
                        .then()
                        .statusCode(200)
                        .body("competencies", hasSize(1))
                        .body("competencies[0].competencyId", equalTo(ratio.toString()))
                        .body("competencies[0].code", nullValue())
                        .body("competencies[0].status", equalTo("IN_PROGRESS")));

        Fixtures.publishFramework(DISTRICT, framework, codes());

        await().atMost(WAIT)
                .untilAsserted(() -> given().queryParam("frameworkId", framework.toString())
                        .get(progress())
                        .then()
                        .body("competencies.code", contains("6.RP.A.1", "6.RP.A.2"))
                        .body("competencies.status", contains("IN_PROGRESS", "NOT_STARTED")));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void showsScaleAndHistoryOfOneCompetency() {
        Fixtures.publishFramework(DISTRICT, framework, codes());
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(progress() + "/" + ratio)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("NOT_STARTED"))
                        .body("code", equalTo("6.RP.A.1"))
                        .body("scale.code", contains("beginning", "developing", "proficient", "advanced"))
                        .body("history", hasSize(0)));

        Fixtures.score(DISTRICT, learner, ratio, framework, "developing");

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(progress() + "/" + ratio)
                        .then()
                        .body("status", equalTo("IN_PROGRESS"))
                        .body("history", hasSize(1))
                        .body("history[0].previousStatus", equalTo("NOT_STARTED"))
                        .body("history[0].level", equalTo("developing"))
                        .body(
                                "history[0].reason",
                                equalTo("In progress: the most recent score is 2 (Developing); proficient starts at"
                                        + " 3.")));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsMalformedFrameworkFilter() {
        given().queryParam("frameworkId", "not-a-uuid")
                .get(progress())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains("frameworkId"));
        given().queryParam("frameworkId", "' or 1=1 --")
                .get(progress())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void answersNotFoundForUnknownFrameworkAndCompetency() {
        given().queryParam("frameworkId", UUID.randomUUID().toString())
                .get(progress())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get(progress() + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get(progress() + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void documentsBothOperations() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/learners/{learnerId}/progress/{competencyId}"))
                .body(containsString("The learner's status on every competency"));
    }

    @Test
    void refusesCallsWithoutToken() {
        given().get(progress()).then().statusCode(401);
        given().get(progress() + "/" + ratio).then().statusCode(401);
    }

    private String progress() {
        return "/api/v1/learners/" + learner + "/progress";
    }
}
