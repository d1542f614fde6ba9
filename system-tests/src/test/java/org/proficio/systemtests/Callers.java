package org.proficio.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everyone the security matrix calls the API as, each with a real token from the stack's Keycloak (or none): no
 * token, an expired one, one of the realm issued to another client (no Proficio audience), each role of district
 * demo, and the users of district north.
 */
final class Callers {

    /** What kind of caller, which decides what the API owes it. */
    enum Kind {
        /** No token, an expired token, a token meant for another client: always 401. */
        UNAUTHENTICATED,
        /** A valid token of district demo. */
        DEMO,
        /** A valid token of district north, calling with demo's ids. */
        NORTH
    }

    /**
     * A caller.
     *
     * @param role its realm role (null when unauthenticated)
     * @param learner the learner it is (student) or may see (guardian), else null
     */
    record Caller(String name, Kind kind, String role, String learner, String token) {

        boolean unauthenticated() {
            return kind == Kind.UNAUTHENTICATED;
        }

        boolean mayCall(ApiDocument.Operation operation) {
            return role != null
                    && (operation.roles().isEmpty() || operation.roles().contains(role));
        }

        boolean staff() {
            return Set.of("district-admin", "educator", "integration").contains(role);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String DEMO_LEARNER = "s-0001";
    static final String OTHER_LEARNER = "s-0002";
    static final String NORTH_LEARNER = "n-0001";

    private Callers() {}

    /** Every caller of the matrix; the expired token is taken first and waited out. */
    static List<Caller> all() {
        String expiring = Platform.userToken("teacher", Platform.SHORT_LIVED_CLIENT);
        Caller anonymous = new Caller("no token", Kind.UNAUTHENTICATED, null, null, null);
        Caller otherClient = new Caller(
                "token of another client (admin-cli)",
                Kind.UNAUTHENTICATED,
                null,
                null,
                Platform.userToken("teacher", "admin-cli"));
        List<Caller> demo = List.of(
                new Caller("admin", Kind.DEMO, "district-admin", null, Platform.userToken("admin")),
                new Caller("teacher", Kind.DEMO, "educator", null, Platform.userToken("teacher")),
                new Caller("student1", Kind.DEMO, "student", DEMO_LEARNER, Platform.userToken("student1")),
                new Caller("guardian1", Kind.DEMO, "guardian", DEMO_LEARNER, Platform.userToken("guardian1")),
                new Caller(
                        "demo-lms (integration without evidence:read-all)",
                        Kind.DEMO,
                        "integration",
                        null,
                        Platform.clientToken(Platform.LMS_CLIENT, Platform.LMS_SECRET)));
        List<Caller> north = List.of(
                new Caller("north-admin", Kind.NORTH, "district-admin", null, Platform.userToken("north-admin")),
                new Caller("north-teacher", Kind.NORTH, "educator", null, Platform.userToken("north-teacher")),
                new Caller("north-student", Kind.NORTH, "student", NORTH_LEARNER, Platform.userToken("north-student")));
        waitUntilExpired(expiring);
        Caller expired = new Caller("expired token", Kind.UNAUTHENTICATED, null, null, expiring);
        return java.util.stream.Stream.of(List.of(anonymous, expired, otherClient), demo, north)
                .flatMap(List::stream)
                .toList();
    }

    /** The short-lived client's tokens live 2 s; one more second covers clock granularity. */
    private static void waitUntilExpired(String token) {
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(Platform.claim(token, "exp")));
        Duration wait = Duration.between(Instant.now(), expiry.plusSeconds(1));
        if (!wait.isNegative()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        given().baseUri(Platform.GATEWAY)
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .get("/api/v1/frameworks")
                .then()
                .statusCode(401);
    }
}
