package org.proficio.competency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * The platform's input rules as the catalog applies them (issue 9's findings 3, 5, 6, 8, 9, 10): one rule for text
 * in bodies, paths, queries and CSV files; strict JSON; Location never from Host; every refusal a problem+json with
 * the request id; security headers on every answer. Each refused request is followed by a read that proves nothing
 * was written.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class InputRulesTest {

    private static final String FRAMEWORKS = "/api/v1/frameworks";
    private static final String PROBLEM = "application/problem+json";

    private static String framework(String title) {
        return """
                {"title": %s, "competencies": [{"code": "IR.1", "statement": "Reads closely."}]}
                """.formatted(title);
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON)
                .header("X-Request-Id", "input-rules-1")
                .body(body)
                .post(FRAMEWORKS)
                .then();
    }

    private static int frameworksTitled(String title) {
        return given()
                .get(FRAMEWORKS + "?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .<java.util.List<String>>path("items.title")
                .stream()
                .filter(title::equals)
                .toList()
                .size();
    }

    @Nested
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "input-rules"))
    class TheNulCharacter {

        @Test
        void isRefusedInABodyNamingTheFieldAndNothingIsWritten() {
            post(framework("\"Ratios\\u0000 and more\""))
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("title"))
                    .body("errors.message", hasItem("must not contain the NUL character (U+0000)"))
                    .body("requestId", equalTo("input-rules-1"));
            assertThat(frameworksTitled("Ratios\u0000 and more")).isZero();
        }

        @Test
        void isRefusedInAQueryNamingTheParameter() {
            given().urlEncodingEnabled(false)
                    .get("/api/v1/competencies?q=%00")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("q"));
        }

        @Test
        void isRefusedInAPathNamingTheParameter() {
            given().urlEncodingEnabled(false)
                    .get("/ims/case/v1p0/CFItems/%00")
                    .then()
                    .statusCode(400)
                    .body("imsx_codeMajor", equalTo("failure"));
            given().urlEncodingEnabled(false)
                    .get("/api/v1/competencies/" + UUID.randomUUID() + "/resources?cursor=%00")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("cursor"));
        }

        @Test
        void isRefusedInAMoodleCsvNamingTheLine() {
            given().contentType("text/csv")
                    .body("\"Parent ID number\",\"ID number\",\"Short name\"\n\"\",\"x\u0000\",\"y\"\n")
                    .post("/api/v1/moodle/frameworks")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("line 2"));
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "input-rules"))
    class StrictJson {

        @Test
        void refusesTextAfterTheJsonValueAndWritesNothing() {
            post(framework("\"Trailing text\"") + "xyz").statusCode(400).contentType(PROBLEM);
            post(framework("\"Trailing value\"") + "{}").statusCode(400).contentType(PROBLEM);
            assertThat(frameworksTitled("Trailing text") + frameworksTitled("Trailing value"))
                    .isZero();
        }

        @Test
        void refusesANumberWhereTextIsExpected() {
            post(framework("12345")).statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("title"));
            assertThat(frameworksTitled("12345")).isZero();
        }

        @Test
        void describesTooDeepNestingWithoutNamingTheParser() {
            String deep = "{\"CFDocument\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}";
            String detail = given().contentType(ContentType.JSON)
                    .body(deep)
                    .post("/api/v1/case/packages")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .extract()
                    .path("detail");
            assertThat(detail).contains("nesting").doesNotContain("StreamReadConstraints", "getMax", "jackson");
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "input-rules"))
    class Answers {

        @Test
        void buildLocationWithoutTheHostHeader() {
            String location = given().contentType(ContentType.JSON)
                    .header("Host", "evil.example")
                    .body(framework("\"Located\""))
                    .post(FRAMEWORKS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location");
            assertThat(location).startsWith(FRAMEWORKS + "/").doesNotContain("evil.example");
        }

        @Test
        void refuseABodyOverTheRoutesLimitWithAProblem() {
            given().contentType(ContentType.JSON)
                    .body("{\"learnerId\": \"" + "x".repeat(1024 * 1024) + "\"}")
                    .post("/api/v1/courses")
                    .then()
                    .statusCode(413)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:proficio:problem:payload-too-large"))
                    .body("detail", startsWith("The body is"));
        }

        @Test
        void refuseAChunkedBodyOverTheRoutesLimitWithAProblem() {
            byte[] body = ("{\"title\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes();
            given().contentType(ContentType.JSON)
                    .body(new java.io.ByteArrayInputStream(body))
                    .post("/api/v1/courses")
                    .then()
                    .statusCode(413)
                    .contentType(PROBLEM)
                    .body("requestId", org.hamcrest.Matchers.notNullValue());
        }

        @Test
        void readAChunkedBodyWithinTheRoutesLimit() {
            byte[] body = framework("\"Chunked\"").getBytes();
            given().contentType(ContentType.JSON)
                    .body(new java.io.ByteArrayInputStream(body))
                    .post(FRAMEWORKS)
                    .then()
                    .statusCode(201);
        }

        @Test
        void carryTheBrowserSecurityHeaders() {
            given().get(FRAMEWORKS)
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", "frame-ancestors 'none'")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }
    }
}
