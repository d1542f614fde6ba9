package org.proficio.competency.prerequisite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** Prerequisite edges: who may write them, where, and that they never form a cycle. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class PrerequisiteResourceTest {

    static final String DISTRICT = "prerequisite-test";
    static final String OTHER_DISTRICT = "prerequisite-other";

    @Inject
    TestFrameworks frameworks;

    @Inject
    PrerequisiteService service;

    private static String prerequisites(UUID competency) {
        return "/api/v1/competencies/" + competency + "/prerequisites";
    }

    private static ValidatableResponse add(UUID competency, UUID prerequisite) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("prerequisiteId", prerequisite.toString()))
                .post(prerequisites(competency))
                .then();
    }

    private static void require(Map<String, UUID> ids, String competency, String... prerequisites) {
        for (String p : prerequisites) {
            add(ids.get(competency), ids.get(p)).statusCode(201);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void addsAPrerequisiteStoredAsPrecedesOwnedByTheDraft() {
        Map<String, UUID> ids = frameworks.draft(DISTRICT, "Ratios", "RP.1", "RP.2");

        add(ids.get("RP.2"), ids.get("RP.1"))
                .statusCode(201)
                .header("Location", containsString(prerequisites(ids.get("RP.2")) + "/" + ids.get("RP.1")))
                .body("competencyId", equalTo(ids.get("RP.2").toString()))
                .body("prerequisiteId", equalTo(ids.get("RP.1").toString()))
                .body("frameworkId", equalTo(TestFrameworks.frameworkOf(ids).toString()));

        given().get(prerequisites(ids.get("RP.2")))
                .then()
                .statusCode(200)
                .body("transitive", equalTo(false))
                .body("items.code", contains("RP.1"))
                .body("items.direct", contains(true));
        given().get("/api/v1/competencies/" + ids.get("RP.1") + "/unlocks")
                .then()
                .statusCode(200)
                .body("items.code", contains("RP.2"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void listsAllPrerequisitesInDependencyOrder() {
        Map<String, UUID> ids = frameworks.draft(DISTRICT, "Chain", "C.1", "C.2", "C.3", "C.4");
        Map<String, UUID> other = frameworks.draft(DISTRICT, "Other", "B.1");
        frameworks.publish(DISTRICT, TestFrameworks.frameworkOf(other));
        ids.put("B.1", other.get("B.1"));
        require(ids, "C.2", "C.1");
        require(ids, "C.3", "C.2", "B.1");
        require(ids, "C.4", "C.3", "C.1");

        given().get(prerequisites(ids.get("C.4")) + "?transitive=true")
                .then()
                .statusCode(200)
                .body("transitive", equalTo(true))
                .body("items.code", contains("B.1", "C.1", "C.2", "C.3"))
                .body("items.direct", contains(false, true, false, true));
        given().get(prerequisites(ids.get("C.4"))).then().body("items.code", contains("C.1", "C.3"));
        given().get("/api/v1/competencies/" + ids.get("C.1") + "/unlocks?transitive=true")
                .then()
                .statusCode(200)
                .body("items.code", contains("C.2", "C.3", "C.4"));
        given().get("/api/v1/competencies/" + ids.get("B.1") + "/unlocks?transitive=true")
                .then()
                .body("items.code", contains("C.3", "C.4"))
                .body(
                        "items.frameworkId[0]",
                        equalTo(TestFrameworks.frameworkOf(ids).toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesAnEdgeThatClosesACycleNamingIt() {
        Map<String, UUID> ids = frameworks.draft(DISTRICT, "Cycle", "Y.1", "Y.2", "Y.3");
        require(ids, "Y.2", "Y.1");
        require(ids, "Y.3", "Y.2");

        add(ids.get("Y.1"), ids.get("Y.3"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("would close a cycle: Y.3 -> Y.1 -> Y.2 -> Y.3"))
                .body("errors[0].field", equalTo("prerequisiteId"));
        given().get(prerequisites(ids.get("Y.1"))).then().body("items", empty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesACycleAcrossFrameworks() {
        Map<String, UUID> first = frameworks.draft(DISTRICT, "First", "F.1");
        Map<String, UUID> second = frameworks.draft(DISTRICT, "Second", "S.1");
        add(first.get("F.1"), second.get("S.1")).statusCode(201);

        add(second.get("S.1"), first.get("F.1")).statusCode(422).body("detail", containsString("F.1 -> S.1 -> F.1"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesSelfEdgeDuplicateAndUnknownCompetencies() {
        Map<String, UUID> ids = frameworks.draft(DISTRICT, "Refusals", "R.1", "R.2");
        Map<String, UUID> elsewhere = frameworks.draft(OTHER_DISTRICT, "Elsewhere", "R.1");

        add(ids.get("R.1"), ids.get("R.1")).statusCode(422).body("detail", containsString("its own prerequisite"));
        add(ids.get("R.2"), ids.get("R.1")).statusCode(201);
        add(ids.get("R.2"), ids.get("R.1")).statusCode(409).contentType("application/problem+json");
        add(ids.get("R.2"), UUID.randomUUID()).statusCode(404);
        add(UUID.randomUUID(), ids.get("R.1")).statusCode(404);
        add(ids.get("R.2"), elsewhere.get("R.1")).statusCode(404).contentType("application/problem+json");
        add(elsewhere.get("R.1"), ids.get("R.1")).statusCode(404);
        given().get(prerequisites(elsewhere.get("R.1"))).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post(prerequisites(ids.get("R.1")))
                .then()
                .statusCode(400);
        given().get(prerequisites(ids.get("R.2")) + "?transitive=maybe").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void publishedFrameworksAreImmutableAndRetiredOnesCannotBePrerequisites() {
        Map<String, UUID> published = frameworks.draft(DISTRICT, "Fixed", "P.1", "P.2");
        frameworks.publish(DISTRICT, TestFrameworks.frameworkOf(published));
        Map<String, UUID> retired = frameworks.draft(DISTRICT, "Old", "O.1");
        frameworks.publish(DISTRICT, TestFrameworks.frameworkOf(retired));
        frameworks.retire(DISTRICT, TestFrameworks.frameworkOf(retired));
        Map<String, UUID> draft = frameworks.draft(DISTRICT, "Open", "D.1");

        add(published.get("P.2"), published.get("P.1"))
                .statusCode(409)
                .body("detail", containsString("only in a draft"));
        given().delete(prerequisites(published.get("P.2")) + "/" + published.get("P.1"))
                .then()
                .statusCode(409);
        add(draft.get("D.1"), retired.get("O.1")).statusCode(422).body("detail", containsString("retired"));
        add(draft.get("D.1"), published.get("P.1")).statusCode(201);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void removesAnEdge() {
        Map<String, UUID> ids = frameworks.draft(DISTRICT, "Removal", "M.1", "M.2");
        require(ids, "M.2", "M.1");

        given().delete(prerequisites(ids.get("M.2")) + "/" + ids.get("M.1"))
                .then()
                .statusCode(204);
        given().get(prerequisites(ids.get("M.2"))).then().body("items", empty());
        given().delete(prerequisites(ids.get("M.2")) + "/" + ids.get("M.1"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void twoAdminsCannotCloseACycleTogether() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            // In two frameworks: no row both writers update, only the district's lock keeps them apart.
            Map<String, UUID> ids = frameworks.draft(DISTRICT, "Race A" + round, "A");
            ids.putAll(frameworks.draft(DISTRICT, "Race B" + round, "B"));
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> first =
                    CompletableFuture.supplyAsync(() -> race(start, ids.get("A"), ids.get("B")));
            CompletableFuture<Integer> second =
                    CompletableFuture.supplyAsync(() -> race(start, ids.get("B"), ids.get("A")));
            List<Integer> statuses = List.of(first.get(), second.get());
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 422);
            outcomes.add(statuses.toString());
        }
        assertThat(outcomes).hasSize(8);
    }

    private static int race(CyclicBarrier start, UUID competency, UUID prerequisite) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return add(competency, prerequisite).extract().statusCode();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorsMayNotWritePrerequisites() {
        Map<String, UUID> ids = frameworks.draft(DISTRICT, "Not yours", "E.1", "E.2");
        add(ids.get("E.2"), ids.get("E.1")).statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void studentsSeeOnlyPublishedFrameworksEdges() {
        Map<String, UUID> later = frameworks.draft(DISTRICT, "Later", "L.1");
        Map<String, UUID> now = frameworks.draft(DISTRICT, "Now", "N.1", "N.2");
        addAsService(now.get("N.2"), now.get("N.1"));
        addAsService(now.get("N.2"), later.get("L.1"));
        given().get(prerequisites(now.get("N.2"))).then().statusCode(404);

        frameworks.publish(DISTRICT, TestFrameworks.frameworkOf(now));

        given().get(prerequisites(now.get("N.2"))).then().statusCode(200).body("items.code", contains("N.1"));
        given().get(prerequisites(later.get("L.1"))).then().statusCode(404);
    }

    /** An edge written through the service, for tests that run as someone who may not write. */
    private void addAsService(UUID competency, UUID prerequisite) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> service.add(DISTRICT, competency, prerequisite));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
