package org.proficio.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proficio.systemtests.Platform.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One regression test for each of the twelve findings of the attacker's probe (issue 9), against the whole stack
 * through the gateway (and, where the finding was also direct, straight to a service), with real Keycloak tokens.
 */
class HardeningIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";

    static String admin;
    static String teacher;
    static String lms;
    static String student1;
    static String student2;
    static String competency;

    @BeforeAll
    static void tokens() {
        admin = Platform.userToken("admin");
        teacher = Platform.userToken("teacher");
        lms = Platform.integrationToken();
        student1 = Platform.userToken("student1");
        student2 = Platform.userToken("student2");
        competency = publishedCompetency();
    }

    private static String publishedCompetency() {
        return Platform.publishedFramework(admin, "Hardening " + UUID.randomUUID(), "H.1")
                .getString("competencies[0].id");
    }

    private static String assessment(Map<String, Object> definition) {
        return Platform.assessmentOnceTheCatalogHasIt(teacher, definition, EVENTUAL);
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
    }

    @Nested
    class Finding01 {

        @Test
        void aStudentsOwnUnscoredFormativeEvidenceDoesNotMakeHerReady() {
            String summative = assessment(Map.of(
                    "title",
                    "Defense " + UUID.randomUUID(),
                    "kind",
                    "SUMMATIVE",
                    "modality",
                    "PRESENTATION",
                    "competencyIds",
                    List.of(competency),
                    "readiness",
                    Map.of("formativeEvidence", 2)));
            for (int i = 0; i < 2; i++) {
                as(student2)
                        .body(Map.of(
                                "learnerId",
                                "s-0002",
                                "competencyId",
                                competency,
                                "text",
                                ".",
                                "assessment",
                                Map.of("title", "Self check", "kind", "FORMATIVE", "modality", "PROJECT")))
                        .post("/api/v1/evidence")
                        .then()
                        .statusCode(201);
            }
            as(student2)
                    .get("/api/v1/learners/s-0002/readiness?assessmentId=" + summative)
                    .then()
                    .statusCode(200)
                    .body("ready", org.hamcrest.Matchers.equalTo(false));
            Response attempt = as(lms).body(Map.of("learnerId", "s-0002", "assessmentId", summative))
                    .post("/api/v1/evidence");
            assertProblem(attempt, 409);
        }
    }

    @Nested
    class Finding02 {

        @Test
        void aStudentCannotUseUpTheAttemptsOfASummativeAssessment() {
            String summative = assessment(Map.of(
                    "title",
                    "Final " + UUID.randomUUID(),
                    "kind",
                    "SUMMATIVE",
                    "modality",
                    "PROJECT",
                    "competencyIds",
                    List.of(competency),
                    "readiness",
                    Map.of("formativeEvidence", 0),
                    "retest",
                    Map.of("maxAttempts", 1)));
            Response own = as(student1)
                    .body(Map.of("learnerId", "s-0001", "assessmentId", summative, "text", "not finished"))
                    .post("/api/v1/evidence");
            assertProblem(own, 403);
            as(lms).body(Map.of("learnerId", "s-0001", "assessmentId", summative))
                    .post("/api/v1/evidence")
                    .then()
                    .statusCode(201)
                    .body("attempt", org.hamcrest.Matchers.equalTo(1));
        }
    }

    @Nested
    class Finding03 {

        @Test
        void theNulCharacterIsRefusedNamingTheFieldInBodiesPathsAndQueries() {
            Response body = as(student1)
                    .body(Map.of(
                            "learnerId",
                            "s-0001",
                            "competencyId",
                            competency,
                            "text",
                            "x\u0000y",
                            "assessment",
                            Map.of("title", "Nul", "kind", "FORMATIVE", "modality", "PROJECT")))
                    .post("/api/v1/evidence");
            assertProblem(body, 400);
            assertThat(body.jsonPath().getList("errors.field", String.class)).containsExactly("text");
            for (String path : List.of(
                    "/api/v1/competencies?q=%00",
                    "/api/v1/learners/%00/progress",
                    "/api/v1/learners/%00/interventions",
                    "/api/v1/learners/%00/evidence",
                    "/api/v1/evidence?sourceId=%00",
                    "/api/v1/raters/%00/agreement")) {
                Response response = as(teacher).urlEncodingEnabled(false).get(path);
                assertProblem(response, 400);
                assertThat(response.jsonPath().getString("errors[0].message")).contains("U+0000");
            }
            Response caseItem = as(teacher).urlEncodingEnabled(false).get("/ims/case/v1p0/CFItems/%00");
            assertThat(caseItem.statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Finding04 {

        @Test
        void anXapiScoreTooLargeToBeFiniteRejectsTheStatementNotTheServer() {
            Response response = as(lms).header("X-Experience-API-Version", "1.0.3")
                    .body("""
                            {"actor": {"mbox": "mailto:nobody@example.org"},
                             "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                             "object": {"id": "https://lms.example.org/activities/none"},
                             "result": {"score": {"scaled": 1e400, "raw": 1e400}}}""")
                    .post("/xapi/statements");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getString("results[0].status")).isEqualTo("REJECTED");
            assertThat(response.asString()).contains("result.score.scaled must be a finite number");
        }
    }

    @Nested
    class Finding05 {

        @Test
        void textAfterTheJsonIsRefusedAndNothingIsStored() {
            String marker = "trailing-" + UUID.randomUUID();
            Response response = as(lms).body(
                            "{\"learnerId\": \"s-0001\", \"competencyId\": \"" + competency
                                    + "\", \"level\": \"proficient\", \"text\": \"" + marker
                                    + "\", \"assessment\": {\"title\": \"T\", \"kind\": \"FORMATIVE\", \"modality\": \"PROJECT\"}}xyz")
                    .post("/api/v1/evidence");
            assertProblem(response, 400);
            assertThat(as(teacher)
                            .get("/api/v1/learners/s-0001/evidence?limit=500")
                            .asString())
                    .doesNotContain(marker);
        }

        @Test
        void scalarsAreNotCoerced() {
            assertProblem(
                    as(admin)
                            .body("{\"title\": 12345, \"competencies\": [{\"code\": \"X\", \"statement\": \"Y\"}]}")
                            .post("/api/v1/frameworks"),
                    400);
            Response date = as(teacher)
                    .body(Map.of(
                            "assessmentId", UUID.randomUUID().toString(), "activity", "Tutoring", "completedOn", 12345))
                    .post("/api/v1/learners/s-0001/preparations");
            assertProblem(date, 400);
            assertThat(date.jsonPath().getList("errors.field", String.class)).contains("completedOn");
        }
    }

    @Nested
    class Finding06 {

        @Test
        void theLocationNeverComesFromTheHostHeader() {
            for (String base : List.of(Platform.GATEWAY, Platform.ASSESSMENT)) {
                String location = given().baseUri(base)
                        .auth()
                        .oauth2(lms)
                        .contentType(ContentType.JSON)
                        .header("Host", "evil.example")
                        .body(Map.of(
                                "learnerId",
                                "s-0001",
                                "competencyId",
                                competency,
                                "level",
                                "developing",
                                "assessment",
                                Map.of("title", "Host", "kind", "FORMATIVE", "modality", "PROJECT")))
                        .post("/api/v1/evidence")
                        .then()
                        .statusCode(201)
                        .extract()
                        .header("Location");
                assertThat(location).doesNotContain("evil.example").contains("/api/v1/evidence/");
            }
        }
    }

    @Nested
    class Finding07 {

        @Test
        void metricsAreOnlyOnTheManagementInterfaceAndNeverTaggedWithRawPaths() {
            String learner = "s-" + UUID.randomUUID();
            given().baseUri(Platform.GATEWAY).get("/api/v1/learners/" + learner + "/progress");
            given().baseUri(Platform.GATEWAY)
                    .header("Origin", "https://evil.example")
                    .get("/api/v1/learners/" + learner);
            given().baseUri(Platform.GATEWAY).get("/q/metrics").then().statusCode(404);
            String metrics = given().baseUri(Platform.GATEWAY_MANAGEMENT)
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain(learner);
        }
    }

    @Nested
    class Finding08 {

        @Test
        void everyRefusalOfTheGatewayIsAProblemWithTheRequestId() {
            assertProblem(given().baseUri(Platform.GATEWAY).get("/index.html"), 404);
            assertProblem(given().baseUri(Platform.GATEWAY).get("/api/v1/competencies?q=" + "a".repeat(10_000)), 414);
            assertProblem(
                    given().baseUri(Platform.GATEWAY)
                            .header("Origin", "https://evil.example")
                            .header("Access-Control-Request-Method", "GET")
                            .options("/api/v1/frameworks"),
                    403);
            Platform.Announced tooLarge =
                    Platform.announce("POST", "/api/v1/evidence", teacher, "application/json", 1024 * 1024 + 1);
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.contentType()).startsWith(PROBLEM);
            assertThat(tooLarge.body()).contains("\"requestId\"", "payload-too-large");
        }

        @Test
        void aServicesOwnRefusalOfATokenIsAProblem() {
            assertProblem(
                    given().baseUri(Platform.ASSESSMENT)
                            .auth()
                            .oauth2("not-a-token")
                            .get("/api/v1/evidence"),
                    401);
        }

        @Test
        void aTwelveMegabyteCasePackageReachesTheCatalog() throws Exception {
            String pkg = Files.readString(
                    Platform.REPO.resolve(
                            "deploy/local/demo/opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json"),
                    StandardCharsets.UTF_8);
            String padded = pkg.replaceFirst("\\{", "{" + " ".repeat(12 * 1024 * 1024));
            int status = as(admin).body(padded).post("/api/v1/case/packages").statusCode();
            assertThat(status).isIn(200, 201);
        }
    }

    @Nested
    class Finding09 {

        @Test
        void aDeeplyNestedBodyIsDescribedWithoutTheParsersInternals() {
            Response response = as(admin)
                    .body("{\"CFDocument\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}")
                    .post("/api/v1/case/packages");
            assertProblem(response, 400);
            assertThat(response.asString()).doesNotContain("StreamReadConstraints", "getMaxNestingDepth", "jackson");
        }
    }

    @Nested
    class Finding10 {

        @Test
        void learnerDataCarriesTheBrowserSecurityHeaders() {
            Response response = as(student1).get("/api/v1/learners/s-0001/progress");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.headers().getValues("Cache-Control")).containsExactly("no-store");
        }
    }

    @Nested
    class Finding11 {

        @Test
        void anotherLearnersEvidenceIsNotFoundExactlyLikeEvidenceThatDoesNotExist() {
            String theirs = as(lms).body(Map.of(
                            "learnerId",
                            "s-0002",
                            "competencyId",
                            competency,
                            "level",
                            "developing",
                            "assessment",
                            Map.of("title", "Theirs", "kind", "FORMATIVE", "modality", "PROJECT")))
                    .post("/api/v1/evidence")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Response hers = as(student1).get("/api/v1/evidence/" + theirs);
            Response none = as(student1).get("/api/v1/evidence/" + UUID.randomUUID());
            assertProblem(hers, 404);
            assertProblem(none, 404);
            assertThat(hers.jsonPath().getString("detail")).doesNotContain("s-0002");
            assertThat(hers.jsonPath().getString("title"))
                    .isEqualTo(none.jsonPath().getString("title"));
        }

        @Test
        void aTokenOfTheRealmIssuedToAnotherClientIsRefusedByTheGatewayAndTheServices() {
            String adminCli = Platform.userToken("teacher", "admin-cli");
            assertProblem(as(adminCli).get("/api/v1/frameworks"), 401);
            assertProblem(
                    given().baseUri(Platform.ASSESSMENT).auth().oauth2(adminCli).get("/api/v1/assessments"), 401);
        }
    }

    @Nested
    class Finding12 {

        @Test
        void theDevKeycloakMasterAdminHasAPasswordOfItsOwnNotAdmin() throws Exception {
            given().baseUri(Platform.KEYCLOAK)
                    .contentType(ContentType.URLENC)
                    .formParam("grant_type", "password")
                    .formParam("client_id", "admin-cli")
                    .formParam("username", "admin")
                    .formParam("password", "admin")
                    .post("/realms/master/protocol/openid-connect/token")
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(400, 401))
                    .body("error", org.hamcrest.Matchers.equalTo("invalid_grant"));
            Path file = Platform.STACK.resolve("keycloak/admin-password");
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            given().baseUri(Platform.KEYCLOAK)
                    .contentType(ContentType.URLENC)
                    .formParam("grant_type", "password")
                    .formParam("client_id", "admin-cli")
                    .formParam("username", "admin")
                    .formParam("password", Files.readString(file).strip())
                    .post("/realms/master/protocol/openid-connect/token")
                    .then()
                    .statusCode(200);
        }
    }
}
