package org.proficio.competency.resource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.CatalogFixture;
import org.proficio.competency.CatalogFixture.Catalog;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.resource.ResourceRequests.ResourceInput;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class LearningResourceApiTest {

    private static final String DISTRICT = "resource-test";

    @Inject
    LearningResourceService service;

    static Catalog published;
    static Catalog draft;
    /** A resource on the published framework's R.1 and one on the draft's D.1, added by an admin. */
    static UUID publishedResource;

    static UUID draftResource;

    static Map<String, Object> input(String title) {
        return new HashMap<>(Map.of(
                "title", title,
                "link", "https://www.khanacademy.org/math/ratios",
                "modality", "VIDEO",
                "expectedMinutes", 15,
                "language", "en"));
    }

    static String resourcesOf(UUID competencyId) {
        return "/api/v1/competencies/" + competencyId + "/resources";
    }

    @BeforeEach
    void createOnce() throws Throwable {
        if (published != null) {
            return;
        }
        published = CatalogFixture.framework(DISTRICT, Framework.Status.PUBLISHED, "R", "R.1");
        draft = CatalogFixture.framework(DISTRICT, Framework.Status.DRAFT, "D", "D.1");
        ResourceInput resource = new ResourceInput(
                "Ratio tables", "https://example.org/ratio-tables", LearningResource.Modality.READING, 20, null, "en");
        publishedResource = VertxContextSupport.subscribeAndAwait(
                        () -> service.add(DISTRICT, published.competency("R.1"), resource, "admin", true))
                .id();
        draftResource = VertxContextSupport.subscribeAndAwait(
                        () -> service.add(DISTRICT, draft.competency("D.1"), resource, "admin", true))
                .id();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorAddsResourceToCompetencyOfPublishedFramework() {
        String location = given().contentType(ContentType.JSON)
                .body(input("Intro to ratios"))
                .post(resourcesOf(published.competency("R")))
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("competencyId", equalTo(published.competency("R").toString()))
                .body("frameworkId", equalTo(published.frameworkId().toString()))
                .body("modality", equalTo("VIDEO"))
                .body("expectedMinutes", equalTo(15))
                .body("createdBy", equalTo("teacher"))
                .extract()
                .header("Location");

        assertThat(location).contains("/api/v1/resources/");
        given().get(location).then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo("Intro to ratios"));
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void everyoneInTheDistrictReadsResourcesOfPublishedFrameworks() {
        given().get(resourcesOf(published.competency("R.1")))
                .then()
                .statusCode(200)
                .body("items.id", hasItem(publishedResource.toString()))
                .body("items.title", hasItem("Ratio tables"));
        given().get("/api/v1/resources/" + publishedResource).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void pagesThroughACompetencysResources() {
        UUID competency = published.competency("R");
        for (String title : List.of("One", "Two", "Three")) {
            given().contentType(ContentType.JSON)
                    .body(input(title))
                    .post(resourcesOf(competency))
                    .then()
                    .statusCode(201);
        }
        List<String> all = given().get(resourcesOf(competency)).then().extract().path("items.title");
        String next = given().queryParam("limit", 2)
                .get(resourcesOf(competency))
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        List<String> rest = given().queryParam("limit", 500)
                .queryParam("cursor", next)
                .get(resourcesOf(competency))
                .then()
                .statusCode(200)
                .body("nextCursor", nullValue())
                .extract()
                .path("items.title");
        assertThat(rest).isEqualTo(all.subList(2, all.size()));
        assertThat(all).containsSubsequence("One", "Two", "Three");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void replacesWithIfMatchAndRefusesStaleETag() {
        String id = given().contentType(ContentType.JSON)
                .body(input("Before"))
                .post(resourcesOf(published.competency("R.1")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> changed = input("After");
        changed.put("modality", "PRACTICE");
        changed.put("expectedMinutes", 45);

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/api/v1/resources/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("After"))
                .body("modality", equalTo("PRACTICE"))
                .body("revision", equalTo(1));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(input("Lost update"))
                .put("/api/v1/resources/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().get("/api/v1/resources/" + id).then().body("title", equalTo("After"));

        given().header("If-Match", "\"0\"")
                .delete("/api/v1/resources/" + id)
                .then()
                .statusCode(412);
        given().header("If-Match", "\"1\"")
                .delete("/api/v1/resources/" + id)
                .then()
                .statusCode(204);
        given().get("/api/v1/resources/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsInvalidFieldsListingThem() {
        Map<String, Object> bad = input(" ");
        bad.put("link", "javascript:alert(1)");
        bad.put("expectedMinutes", 601);
        bad.put("language", "not a tag");
        given().contentType(ContentType.JSON)
                .body(bad)
                .post(resourcesOf(published.competency("R")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "link", "expectedMinutes", "language"));

        Map<String, Object> relative = input("Relative");
        relative.put("link", "/just/a/path");
        relative.put("expectedMinutes", 0);
        given().contentType(ContentType.JSON)
                .body(relative)
                .post(resourcesOf(published.competency("R")))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("link", "expectedMinutes"));

        Map<String, Object> unknownModality = input("Podcast");
        unknownModality.put("modality", "TELEPATHY");
        given().contentType(ContentType.JSON)
                .body(unknownModality)
                .post(resourcesOf(published.competency("R")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("modality"));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Only a title"))
                .put("/api/v1/resources/" + publishedResource)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("link", "modality", "expectedMinutes"));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentReadsButMayNotWrite() {
        given().get("/api/v1/resources/" + publishedResource).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(input("Mine"))
                .post(resourcesOf(published.competency("R")))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(input("Mine"))
                .put("/api/v1/resources/" + publishedResource)
                .then()
                .statusCode(403);
        given().delete("/api/v1/resources/" + publishedResource).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void resourcesOfDraftsAreInvisibleToNonAdmins() {
        given().get(resourcesOf(draft.competency("D.1"))).then().statusCode(404);
        given().get("/api/v1/resources/" + draftResource).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(input("Into a draft"))
                .post(resourcesOf(draft.competency("D.1")))
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(input("Change a draft's"))
                .put("/api/v1/resources/" + draftResource)
                .then()
                .statusCode(404);
        given().delete("/api/v1/resources/" + draftResource).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void adminSeesResourcesOfDrafts() {
        given().get(resourcesOf(draft.competency("D.1")))
                .then()
                .statusCode(200)
                .body("items.id", contains(draftResource.toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "resource-other-district"))
    void otherDistrictSeesAndChangesNothing() {
        given().get(resourcesOf(published.competency("R.1")))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/resources/" + publishedResource).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(input("Foreign"))
                .post(resourcesOf(published.competency("R.1")))
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(input("Foreign"))
                .put("/api/v1/resources/" + publishedResource)
                .then()
                .statusCode(404);
        given().delete("/api/v1/resources/" + publishedResource).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesMalformedIfMatch() {
        given().contentType(ContentType.JSON)
                .header("If-Match", "W/\"abc\"")
                .body(input("x"))
                .put("/api/v1/resources/" + publishedResource)
                .then()
                .statusCode(400)
                .body("detail", containsString("If-Match"));
    }

    @Test
    void forFrameworkListsTheFrameworksResources() throws Throwable {
        List<LearningResource> found =
                VertxContextSupport.subscribeAndAwait(() -> service.forFramework(draft.frameworkId()));
        assertThat(found).extracting(r -> r.id).containsExactly(draftResource);
    }
}
