package org.proficio.competency.caseapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.framework.FrameworkRequests.NewCompetency;
import org.proficio.competency.framework.FrameworkRequests.NewFramework;
import org.proficio.competency.framework.FrameworkService;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * The CASE API behind the real bearer-token check (quarkus-oidc verifying signed JWTs with a test key, roles from
 * {@code realm_access}), as it runs in production: a valid token reads, and every token the security layer refuses is
 * answered with the standard's 401 on the CASE paths, while the rest of the service keeps its own answer.
 */
@QuarkusTest
@TestProfile(CaseApiBearerTokenTest.RealTokens.class)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CaseApiBearerTokenTest {

    static final String ISSUER = "https://keycloak.test/realms/proficio";
    static final String DISTRICT = "case-api-token";
    static final String DOCUMENTS = "/ims/case/v1p0/CFDocuments";

    /** OIDC on, verifying tokens with the test key pair of src/test/resources/caseapi/test-keys (test-only). */
    public static class RealTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled",
                    "true",
                    "quarkus.oidc.auth-server-url",
                    "",
                    "quarkus.oidc.public-key",
                    publicKeyBase64(),
                    "quarkus.oidc.token.issuer",
                    ISSUER);
        }
    }

    @Inject
    FrameworkService frameworks;

    static boolean created;

    @BeforeEach
    void publishOneFramework() throws Throwable {
        if (created) {
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> frameworks
                .create(
                        DISTRICT,
                        new NewFramework(
                                "Token-checked framework",
                                "Mathematics",
                                "1.0",
                                "en",
                                List.of(new NewCompetency("T.1", "Statement.", null))))
                .chain(f -> frameworks.publish(DISTRICT, f.id(), null)));
        created = true;
    }

    private static JwtClaimsBuilder token(String role, String district) {
        JwtClaimsBuilder token = Jwt.issuer(ISSUER)
                .audience("proficio-api")
                .subject("lms")
                .claim("realm_access", Map.of("roles", List.of(role)));
        return district == null ? token : token.claim("district", district);
    }

    private static void assertUnauthorised(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("imsx_codeMajor", equalTo("failure"))
                .body("imsx_severity", equalTo("error"))
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("unauthorisedrequest"));
    }

    @Test
    void validTokenReadsItsDistrict() {
        given().auth()
                .oauth2(token("integration", DISTRICT).expiresIn(300).sign(privateKey()))
                .get(DOCUMENTS)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("CFDocuments.title", hasItem("Token-checked framework"));
    }

    @Test
    void validTokenOfAnotherDistrictSeesNothing() {
        given().auth()
                .oauth2(token("educator", "case-api-token-neighbour")
                        .expiresIn(300)
                        .sign(privateKey()))
                .get(DOCUMENTS)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0")
                .body("CFDocuments.title", not(hasItem("Token-checked framework")));
    }

    @Test
    void refusedTokensAreTheStandardsUnauthorised() {
        Instant now = Instant.now();
        String expired = token("integration", DISTRICT)
                .issuedAt(now.minusSeconds(3600))
                .expiresAt(now.minusSeconds(1800))
                .sign(privateKey());
        assertUnauthorised(given().auth().oauth2(expired).get(DOCUMENTS).then());
        assertUnauthorised(given().auth()
                .oauth2(token("integration", DISTRICT).expiresIn(300).sign(strangerKey()))
                .get(DOCUMENTS)
                .then());
        assertUnauthorised(
                given().auth().oauth2("not-a-jwt").get(DOCUMENTS + "/anything").then());
        String forAnotherClient = Jwt.issuer(ISSUER)
                .subject("lms")
                .claim("azp", "admin-cli")
                .claim("realm_access", Map.of("roles", List.of("integration")))
                .claim("district", DISTRICT)
                .expiresIn(300)
                .sign(privateKey());
        assertUnauthorised(
                given().auth().oauth2(forAnotherClient).get(DOCUMENTS).then());
        assertUnauthorised(given().get(DOCUMENTS).then());
    }

    @Test
    void validTokenWithoutDistrictIsForbidden() {
        given().auth()
                .oauth2(token("integration", null).expiresIn(300).sign(privateKey()))
                .get(DOCUMENTS)
                .then()
                .statusCode(403)
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("forbidden"));
    }

    @Test
    void otherPathsAnswerARefusedTokenWithAProblem() {
        given().auth()
                .oauth2("not-a-jwt")
                .header("X-Request-Id", "case-token-1")
                .get("/api/v1/frameworks")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:proficio:problem:authentication-required"))
                .body("requestId", equalTo("case-token-1"))
                .body(not(containsString("imsx_codeMajor")));
        given().get("/api/v1/frameworks")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:proficio:problem:authentication-required"));
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.readPrivateKey("caseapi/test-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("test signing key missing", e);
        }
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicKeyBase64() {
        try (InputStream in = CaseApiBearerTokenTest.class.getResourceAsStream("/caseapi/test-keys/public.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
