package org.proficio.competency.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** Drafts stay with district admins, and nothing crosses districts. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class FrameworkVisibilityTest {

    @Inject
    FrameworkService service;

    static UUID draft;
    static UUID published;

    @BeforeEach
    void createOnce() throws Throwable {
        if (draft != null) {
            return;
        }
        var request = new FrameworkRequests.NewFramework(
                "Visibility",
                "Science",
                null,
                null,
                java.util.List.of(new FrameworkRequests.NewCompetency("S.1", "Statement", null)));
        // Hibernate Reactive needs a Vert.x context; the test thread has none.
        draft = VertxContextSupport.subscribeAndAwait(() -> service.create("demo", request))
                .id();
        published = VertxContextSupport.subscribeAndAwait(
                        () -> service.create("demo", request).chain(f -> service.publish("demo", f.id(), null)))
                .id();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void educatorSeesPublishedButNotDrafts() {
        given().get("/api/v1/frameworks/" + published).then().statusCode(200);
        given().get("/api/v1/frameworks/" + draft).then().statusCode(404);
        given().get("/api/v1/frameworks")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(published.toString()))
                .body("items.id", not(hasItem(draft.toString())));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "other-district"))
    void otherDistrictSeesNothing() {
        given().get("/api/v1/frameworks/" + published).then().statusCode(404);
        given().post("/api/v1/frameworks/" + draft + "/publish").then().statusCode(404);
        given().get("/api/v1/frameworks").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    void tokenWithoutDistrictIsRefused() {
        given().contentType(ContentType.JSON).get("/api/v1/frameworks").then().statusCode(403);
    }
}
