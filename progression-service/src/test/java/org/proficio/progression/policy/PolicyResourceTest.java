package org.proficio.progression.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * Mastery policies over HTTP: versions, the standings a change judges again, the events only of real changes,
 * bad input, and who may read and set them. Districts {@code policies} and {@code policies-versions} are this
 * class's own, so that a district policy set here judges nobody else's standings.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class PolicyResourceTest {

    static final String DISTRICT = "policies";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final UUID framework = UUID.randomUUID();
    private final UUID competency = UUID.randomUUID();

    /** A framework of the district with one competency, and scores of two learners on it: (3, 2) and (1, 2). */
    private Map<String, String> standingsOnAFramework() {
        Fixtures.publishFramework(DISTRICT, framework, Map.of(competency, "P.1"));
        CatalogTables.awaitFramework(framework.toString());
        String mixed = "s-" + UUID.randomUUID();
        String low = "s-" + UUID.randomUUID();
        Fixtures.score(DISTRICT, mixed, competency, framework, "proficient");
        Fixtures.score(DISTRICT, mixed, competency, framework, "developing");
        Fixtures.score(DISTRICT, low, competency, framework, "beginning");
        Fixtures.score(DISTRICT, low, competency, framework, "developing");
        awaitStatus(mixed, "IN_PROGRESS", 2);
        awaitStatus(low, "STRUGGLING", 2);
        return Map.of("mixed", mixed, "low", low);
    }

    private void awaitStatus(String learner, String status, int evidence) {
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + competency)
                        .then()
                        .statusCode(200)
                        .body("evidenceCount", equalTo(evidence))
                        .body("status", equalTo(status)));
    }

    @Nested
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    class DistrictAdmin {

        @Test
        void aFrameworkPolicyJudgesItsStandingsAgainAndAnnouncesOnlyTheChanges() {
            Map<String, String> learners = standingsOnAFramework();
            String mixed = learners.get("mixed");
            String low = learners.get("low");
            given().get("/api/v1/mastery-policies/frameworks/" + framework)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("scope", equalTo("built-in"));

            given().contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("algorithm", "HIGHEST"))
                    .put("/api/v1/mastery-policies/frameworks/" + framework)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("policy.scope", equalTo("framework"))
                    .body("policy.version", equalTo(1))
                    .body("policy.algorithm", equalTo("HIGHEST"))
                    .body("policy.weight", nullValue())
                    .body("policy.createdBy", equalTo("admin"))
                    .body("judged", equalTo(2))
                    .body("changed", equalTo(1))
                    .body("up", equalTo(1))
                    .body("down", equalTo(0));

            // (3, 2): the highest score is proficient, mastered now; (1, 2) stays struggling, with no decision.
            given().get("/api/v1/learners/" + mixed + "/progress/" + competency)
                    .then()
                    .body("status", equalTo("MASTERED"))
                    .body("policyVersion", equalTo(1))
                    .body("history.cause", contains("EVIDENCE", "EVIDENCE", "POLICY"))
                    .body("history[2].reason", endsWith("(framework policy v1)"));
            given().get("/api/v1/learners/" + low + "/progress/" + competency)
                    .then()
                    .body("status", equalTo("STRUGGLING"))
                    .body("history.cause", contains("EVIDENCE", "EVIDENCE"));
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(lastChange(mixed)).isNotNull());
            JsonNode change = TestEvents.data(lastChange(mixed));
            assertThat(change.get("cause").asText()).isEqualTo("POLICY");
            assertThat(change.get("status").asText()).isEqualTo("MASTERED");
            assertThat(change.get("policyVersion").asInt()).isEqualTo(1);
            assertThat(change.get("evidenceId").isNull()).isTrue();
            EventSchemas.assertValid(
                    EventTypes.MASTERY_CHANGED, lastChange(mixed).value());
            // mastered once by the first (proficient) score, lost to the second, mastered again by the policy
            assertThat(TestEvents.events(Topics.PROGRESSION, mixed, EventTypes.COMPETENCY_MASTERED))
                    .hasSize(2);
            assertThat(TestEvents.events(Topics.PROGRESSION, low, EventTypes.MASTERY_CHANGED))
                    .hasSize(2); // NOT_STARTED → IN_PROGRESS → STRUGGLING, nothing from the policy

            // The change announces itself, keyed by the framework.
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(TestEvents.events(
                                    Topics.PROGRESSION, framework.toString(), EventTypes.MASTERY_POLICY_CHANGED))
                            .hasSize(1));
            TopicRecord policyChanged = TestEvents.events(
                            Topics.PROGRESSION, framework.toString(), EventTypes.MASTERY_POLICY_CHANGED)
                    .get(0);
            EventSchemas.assertValid(EventTypes.MASTERY_POLICY_CHANGED, policyChanged.value());
            JsonNode announced = TestEvents.data(policyChanged);
            assertThat(announced.get("scope").asText()).isEqualTo("framework");
            assertThat(announced.get("version").asInt()).isEqualTo(1);
            assertThat(announced.get("algorithm").asText()).isEqualTo("HIGHEST");
            assertThat(announced.get("judged").asInt()).isEqualTo(2);
            assertThat(announced.get("up").asInt()).isEqualTo(1);
            assertThat(announced.get("changedBy").asText()).isEqualTo("admin");

            // New evidence is judged by the framework's policy.
            Fixtures.score(DISTRICT, low, competency, framework, "advanced");
            awaitStatus(low, "MASTERED", 3);
            given().get("/api/v1/mastery-policies")
                    .then()
                    .statusCode(200)
                    .body("frameworks.frameworkId", hasItem(framework.toString()));
        }

        @Test
        void aDryRunAnnouncesExactlyWhatApplyingThePolicyChanges() {
            Map<String, String> learners = standingsOnAFramework();
            String single = "s-" + UUID.randomUUID();
            Fixtures.score(DISTRICT, single, competency, framework, "advanced");
            awaitStatus(single, "MASTERED", 1);
            Map<String, Object> highestOfTwo = Map.of("algorithm", "HIGHEST", "minEvidence", 2);
            String dryRun = "/api/v1/mastery-policies/frameworks/" + framework + "/dry-run";

            JsonPath first = given().contentType(ContentType.JSON)
                    .queryParam("limit", 1)
                    .body(highestOfTwo)
                    .post(dryRun)
                    .then()
                    .statusCode(200)
                    .body("policy.version", equalTo(1))
                    .body("policy.scope", equalTo("framework"))
                    .body("judged", equalTo(3))
                    .body("changed", equalTo(2))
                    .body("up", equalTo(1))
                    .body("down", equalTo(1))
                    .body("items", hasSize(1))
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> announced = new ArrayList<>(first.getList("items"));
            given().contentType(ContentType.JSON)
                    .queryParam("limit", 1)
                    .queryParam("cursor", first.getString("nextCursor"))
                    .body(highestOfTwo)
                    .post(dryRun)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1))
                    .body("nextCursor", nullValue())
                    .extract()
                    .jsonPath()
                    .getList("items", Map.class)
                    .forEach(item -> announced.add(item));
            // (3, 2) would be mastered, (4) only proficient: one piece of evidence is short of two
            assertThat(announced)
                    .extracting(i -> i.get("learnerId") + " " + i.get("fromStatus") + " → " + i.get("toStatus"))
                    .containsExactlyInAnyOrder(
                            learners.get("mixed") + " IN_PROGRESS → MASTERED", single + " MASTERED → PROFICIENT");
            given().get("/api/v1/mastery-policies/frameworks/" + framework)
                    .then()
                    .header("ETag", "\"0\"");
            awaitStatus(single, "MASTERED", 1); // written nowhere

            given().contentType(ContentType.JSON)
                    .body(highestOfTwo)
                    .put("/api/v1/mastery-policies/frameworks/" + framework)
                    .then()
                    .statusCode(200)
                    .body("judged", equalTo(3))
                    .body("changed", equalTo(2))
                    .body("up", equalTo(1))
                    .body("down", equalTo(1));
            for (Map<String, Object> change : announced) {
                given().get("/api/v1/learners/" + change.get("learnerId") + "/progress/" + competency)
                        .then()
                        .body("status", equalTo(change.get("toStatus")))
                        .body("history[-1].cause", equalTo("POLICY"));
            }
            given().get("/api/v1/learners/" + learners.get("low") + "/progress/" + competency)
                    .then()
                    .body("status", equalTo("STRUGGLING"));
            given().contentType(ContentType.JSON)
                    .queryParam("cursor", "bm90IGEgY3Vyc29y")
                    .body(highestOfTwo)
                    .post(dryRun)
                    .then()
                    .statusCode(400);
        }

        @Test
        void refusesWhatNoPolicyCanMean() {
            UUID unknown = UUID.randomUUID();
            given().contentType(ContentType.JSON)
                    .body(Map.of("algorithm", "MEAN", "weight", 0.5, "requiredCount", 2))
                    .put("/api/v1/mastery-policies/frameworks/" + unknown)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("weight", "requiredCount"));
            for (Map<String, Object> body : List.<Map<String, Object>>of(
                    Map.of("weight", 0.5),
                    Map.of("algorithm", "MEDIAN"),
                    Map.of("algorithm", "DECAYING_AVERAGE", "weight", 1),
                    Map.of("algorithm", "MEAN", "minEvidence", 0),
                    Map.of("algorithm", "MEAN", "strugglingAfter", "two"))) {
                given().contentType(ContentType.JSON)
                        .body(body)
                        .put("/api/v1/mastery-policies/district")
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json");
            }
            given().contentType(ContentType.JSON)
                    .body(Map.of("algorithm", "MEAN"))
                    .put("/api/v1/mastery-policies/frameworks/" + unknown)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().get("/api/v1/mastery-policies/frameworks/" + unknown).then().statusCode(404);
        }
    }

    /** In a district of its own: its district policy judges no standing of the other tests. */
    @Nested
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "policies-versions"))
    class DistrictPolicy {

        @Test
        void theDistrictPolicyIsVersionedAndAStaleIfMatchIsRefused() {
            given().get("/api/v1/mastery-policies/district")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("scope", equalTo("built-in"))
                    .body("algorithm", equalTo("MOST_RECENT"))
                    .body("minEvidence", equalTo(1))
                    .body("strugglingAfter", equalTo(2));

            given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "algorithm",
                            "DECAYING_AVERAGE",
                            "minEvidence",
                            3,
                            "requirePerformance",
                            true,
                            "strugglingAfter",
                            3))
                    .put("/api/v1/mastery-policies/district")
                    .then()
                    .statusCode(200)
                    .body("policy.scope", equalTo("district"))
                    .body("policy.version", equalTo(1))
                    .body("policy.weight", equalTo(0.65f))
                    .body(
                            "policy.description",
                            equalTo("a decaying average (weight 0.65); mastery also needs at least 3 pieces of"
                                    + " evidence, a performance assessment"));

            given().contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("algorithm", "MEAN"))
                    .put("/api/v1/mastery-policies/district")
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json");
            given().get("/api/v1/mastery-policies/district")
                    .then()
                    .header("ETag", "\"1\"")
                    .body("algorithm", equalTo("DECAYING_AVERAGE"));
        }
    }

    @Nested
    class OtherRoles {

        @Test
        @TestSecurity(user = "teacher", roles = "educator")
        @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
        void educatorsReadButDoNotSetPolicies() {
            given().get("/api/v1/mastery-policies").then().statusCode(200);
            given().contentType(ContentType.JSON)
                    .body(Map.of("algorithm", "MEAN"))
                    .put("/api/v1/mastery-policies/district")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }

        @Test
        @TestSecurity(user = "student1", roles = "student")
        @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
        void studentsMayReadHowMasteryIsDecided() {
            given().get("/api/v1/mastery-policies/district").then().statusCode(200);
        }
    }

    private static TopicRecord lastChange(String learner) {
        List<TopicRecord> changes = TestEvents.events(Topics.PROGRESSION, learner, EventTypes.MASTERY_CHANGED);
        TopicRecord last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        return last != null && TestEvents.data(last).get("cause").asText().equals("POLICY") ? last : null;
    }
}
