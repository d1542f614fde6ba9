package org.proficio.assessment.xapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** Mapping xAPI agents to learners: replace, read, one learner per identifier, who may. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class XapiAgentsTest {

    private static final String AGENTS = XapiStatementsTest.AGENTS;

    private static String newLearner() {
        return "s-" + UUID.randomUUID();
    }

    private static String mbox() {
        return "mailto:" + UUID.randomUUID() + "@students.example.org";
    }

    private static io.restassured.response.Response put(String learnerId, Map<String, Object> identifiers) {
        return given().contentType(ContentType.JSON).body(identifiers).put(AGENTS + learnerId);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi-agents"))
    void replacesAndReadsALearnersIdentifiers() {
        String learner = newLearner();
        String mbox = mbox();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("mbox", mbox);
        all.put("mbox_sha1sum", "EBD31E95054C018B10727CCFFD2EF2EC3A016EE9");
        all.put("openid", "https://openid.example.org/" + learner);
        all.put("account", Map.of("homePage", "https://lms.example.org", "name", "u-" + learner));

        put(learner, all)
                .then()
                .statusCode(200)
                .body("learnerId", equalTo(learner))
                .body("mbox", equalTo(mbox))
                .body("mbox_sha1sum", equalTo("ebd31e95054c018b10727ccffd2ef2ec3a016ee9"))
                .body("openid", equalTo("https://openid.example.org/" + learner))
                .body("account.homePage", equalTo("https://lms.example.org"))
                .body("account.name", equalTo("u-" + learner));
        given().get(AGENTS + learner).then().statusCode(200).body("mbox", equalTo(mbox));

        put(learner, Map.of("openid", "https://openid.example.org/" + learner))
                .then()
                .statusCode(200)
                .body("mbox", nullValue())
                .body("account", nullValue());
        given().get(AGENTS + learner)
                .then()
                .statusCode(200)
                .body("mbox", nullValue())
                .body("mbox_sha1sum", nullValue())
                .body("account", nullValue())
                .body("openid", equalTo("https://openid.example.org/" + learner));
        assertThat(TestDatabase.count(
                        "select count(*) from xapi_agent where district = 'xapi-agents' and learner_id = ?", learner))
                .isEqualTo(1);

        put(learner, Map.of()).then().statusCode(200).body("openid", nullValue());
        assertThat(TestDatabase.count(
                        "select count(*) from xapi_agent where district = 'xapi-agents' and learner_id = ?", learner))
                .isZero();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi-agents"))
    void refusesAnIdentifierMappedToAnotherLearner() {
        String first = newLearner();
        String second = newLearner();
        String mbox = mbox();
        put(first, Map.of("mbox", mbox)).then().statusCode(200);

        put(second, Map.of("mbox", mbox.replace("students.example.org", "STUDENTS.Example.org")))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("mbox:" + mbox + " is mapped to learner " + first));

        given().get(AGENTS + second).then().statusCode(200).body("mbox", nullValue());
        given().get(AGENTS + first).then().statusCode(200).body("mbox", equalTo(mbox));
        // mapping it again to the same learner is fine
        put(first, Map.of("mbox", mbox)).then().statusCode(200).body("mbox", equalTo(mbox));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi-agents"))
    void refusesMalformedIdentifiersListingThem() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("mbox", "ana@example.org");
        bad.put("mbox_sha1sum", "abc");
        bad.put("openid", "has spaces");
        bad.put("account", Map.of("homePage", "https://lms.example.org|x", "name", ""));

        put(newLearner(), bad)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder("mbox", "mbox_sha1sum", "openid", "account.homePage", "account.name"));
        put("has space", Map.of("mbox", mbox())).then().statusCode(400);
        given().contentType(ContentType.JSON).put(AGENTS + newLearner()).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi-agents-other"))
    void mappingsAreThoseOfTheCallersDistrict() {
        String learner = newLearner();
        String mbox = mbox();
        put(learner, Map.of("mbox", mbox)).then().statusCode(200);

        assertThat(TestDatabase.rows("select district, learner_id from xapi_agent where ifi = ?", "mbox:" + mbox))
                .containsExactly(Map.of("district", "xapi-agents-other", "learner_id", learner));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "xapi-agents"), @Claim(key = "learner_id", value = "s-1")})
    void studentsMayNotMapOrReadAgents() {
        put("s-1", Map.of("mbox", mbox())).then().statusCode(403);
        given().get(AGENTS + "s-1").then().statusCode(403);
    }

    @Test
    void refusesAgentsWithoutToken() {
        put(newLearner(), Map.of("mbox", mbox())).then().statusCode(401);
        given().get(AGENTS + newLearner()).then().statusCode(401);
    }
}
