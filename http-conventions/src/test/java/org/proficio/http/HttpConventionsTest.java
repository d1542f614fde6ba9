package org.proficio.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpConventionsTest {

    private static final String PROBLEM = "application/problem+json";

    @Nested
    class RequestIds {

        @Test
        void keepsASaneClientIdAndEchoesIt() {
            given().header("X-Request-Id", "lms:batch/42")
                    .get("/nowhere")
                    .then()
                    .header("X-Request-Id", "lms:batch/42")
                    .body("requestId", equalTo("lms:batch/42"));
        }

        @Test
        void replacesAnUnsafeClientId() {
            String assigned = given().header("X-Request-Id", "a\"quote")
                    .get("/nowhere")
                    .then()
                    .extract()
                    .header("X-Request-Id");
            org.assertj.core.api.Assertions.assertThat(assigned).matches("[0-9a-f-]{36}");
        }
    }

    @Nested
    class ProblemsOfTheHttpLayer {

        @Test
        void answersAnUnmatchedPathWithAProblemNotAnHtmlPage() {
            given().get("/nowhere/s-0001")
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:proficio:problem:not-found"))
                    .body("instance", equalTo("/nowhere/s-0001"));
        }

        @Test
        void answersAFailedStatusWithAProblem() {
            given().get("/teapot").then().statusCode(418).contentType(PROBLEM).body("status", equalTo(418));
        }

        @Test
        void answersAnUnexpectedExceptionWithAReferenceNotTheException() {
            given().get("/broken")
                    .then()
                    .statusCode(500)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:proficio:problem:internal"))
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret")));
        }

        @Test
        void refusesAnOverlongUriWithAProblem() {
            given().get("/echo?q=" + "a".repeat(9000))
                    .then()
                    .statusCode(414)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:proficio:problem:uri-too-long"))
                    .body("detail", startsWith("The request target is 9008 characters long"));
        }

        @Test
        void refusesABodyLargerThanItsRouteAcceptsUnread() {
            given().contentType(ContentType.TEXT)
                    .body("x".repeat(1024 * 1024 + 1))
                    .post("/echo/small")
                    .then()
                    .statusCode(413)
                    .contentType(PROBLEM)
                    .header("Connection", "close")
                    .body("type", equalTo("urn:proficio:problem:payload-too-large"))
                    .body("requestId", org.hamcrest.Matchers.notNullValue());
        }

        @Test
        void takesALargerBodyOnARouteOfALargerGroup() {
            given().contentType(ContentType.TEXT)
                    .body("x".repeat(1024 * 1024 + 1))
                    .post("/echo/large")
                    .then()
                    .statusCode(200)
                    .body(equalTo(String.valueOf(1024 * 1024 + 1)));
        }
    }

    @Nested
    class SecurityHeaders {

        @Test
        void putsThemOnEveryAnswerErrorsIncluded() {
            given().get("/nowhere")
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", "frame-ancestors 'none'")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }

        @Test
        void keepsACacheControlTheRouteSetItself() {
            given().get("/cacheable").then().statusCode(200).header("Cache-Control", "max-age=60");
        }
    }
}
