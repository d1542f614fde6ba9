package org.proficio.competency.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.scale.ScaleRequests.NewLevel;
import org.proficio.competency.scale.ScaleRequests.NewScale;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.platform.problem.ProblemException;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class ScaleResourceTest {

    private static final String SCALES = "/api/v1/scales";
    private static final String DISTRICT = "scale-test";

    @Inject
    ScaleService service;

    /** A scale of DISTRICT, created once through the service. */
    static UUID habits;

    static Map<String, Object> level(String code, int score, boolean proficient) {
        return Map.of("code", code, "label", code.toUpperCase(), "score", score, "proficient", proficient);
    }

    static Map<String, Object> scale(String name, List<Map<String, Object>> levels) {
        return Map.of("name", name, "levels", levels);
    }

    @BeforeEach
    void createOnce() throws Throwable {
        if (habits != null) {
            return;
        }
        NewScale request = new NewScale(
                "Habits of work",
                "For dispositions",
                List.of(
                        new NewLevel("rarely", "Rarely", null, BigDecimal.ONE, false),
                        new NewLevel("often", "Often", null, BigDecimal.valueOf(2), true),
                        new NewLevel("always", "Always", null, BigDecimal.valueOf(3), true)));
        habits = VertxContextSupport.subscribeAndAwait(() -> service.create(DISTRICT, request))
                .id();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "scale-fresh-district"))
    void everyDistrictHasTheDefaultScaleWithoutCreatingIt() {
        String id = given().get(SCALES)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].builtIn", equalTo(true))
                .body("items[0].name", equalTo("Default"))
                .body("items[0].levels.code", contains("beginning", "developing", "proficient", "advanced"))
                .body("items[0].levels.proficient", contains(false, false, true, true))
                .body("items[0].proficientFrom", equalTo("proficient"))
                .body("nextCursor", nullValue())
                .extract()
                .path("items[0].id");

        assertThat(id).isEqualTo(DefaultScale.id("scale-fresh-district").toString());
        given().get(SCALES + "/" + id)
                .then()
                .statusCode(200)
                .body("levels.score", contains(1, 2, 3, 4))
                .body("levels[0].description", notNullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "scale-default-match"))
    void defaultScaleIsTheOneNewFrameworksGet() {
        Map<String, Object> framework = Map.of(
                "title", "Scale check", "competencies", List.of(Map.of("code", "X.1", "statement", "Statement")));
        String frameworkId = given().contentType(ContentType.JSON)
                .body(framework)
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Map<String, Object>> frameworkScale = given().get("/api/v1/frameworks/" + frameworkId)
                .then()
                .extract()
                .path("scale");
        List<Map<String, Object>> defaultScale = given().get(SCALES + "/" + DefaultScale.id("scale-default-match"))
                .then()
                .statusCode(200)
                .extract()
                .path("levels");

        assertThat(defaultScale).hasSameSizeAs(frameworkScale);
        for (int i = 0; i < defaultScale.size(); i++) {
            for (String key : List.of("code", "label", "score", "proficient")) {
                assertThat(defaultScale.get(i).get(key))
                        .as("level %d %s", i, key)
                        .isEqualTo(frameworkScale.get(i).get(key));
            }
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void createsScaleThatEveryoneInTheDistrictReads() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Five levels",
                        "description",
                        "Finer steps",
                        "levels",
                        List.of(
                                level("novice", 0, false),
                                level("emerging", 1, false),
                                level("developing", 2, false),
                                level("secure", 3, true),
                                level("exemplary", 4, true))))
                .post(SCALES)
                .then()
                .statusCode(201)
                .header("Location", containsString(SCALES + "/"))
                .body("builtIn", equalTo(false))
                .body("levels.code", contains("novice", "emerging", "developing", "secure", "exemplary"))
                .body("proficientFrom", equalTo("secure"))
                .extract()
                .path("id");

        given().get(SCALES + "/" + id).then().statusCode(200).body("name", equalTo("Five levels"));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentReadsScalesButMayNotCreateThem() {
        given().get(SCALES + "/" + habits)
                .then()
                .statusCode(200)
                .body("levels.code", contains("rarely", "often", "always"))
                .body("levels.proficient", contains(false, true, true))
                .body("proficientFrom", equalTo("often"));
        given().contentType(ContentType.JSON)
                .body(scale("Mine", List.of(level("a", 1, false), level("b", 2, true))))
                .post(SCALES)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "scale-other-district"))
    void otherDistrictSeesNeitherTheScaleNorTheDefaultOfAnother() {
        given().get(SCALES + "/" + habits).then().statusCode(404).contentType("application/problem+json");
        given().get(SCALES + "/" + DefaultScale.id(DISTRICT)).then().statusCode(404);
        given().get(SCALES)
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        contains(DefaultScale.id("scale-other-district").toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsTooFewLevelsAndNoProficientLevel() {
        given().contentType(ContentType.JSON)
                .body(scale("One", List.of(level("only", 1, true))))
                .post(SCALES)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("levels"))
                .body("errors[0].message", containsString("at least 2 levels"));
        given().contentType(ContentType.JSON)
                .body(scale("None", List.of(level("a", 1, false), level("b", 2, false))))
                .post(SCALES)
                .then()
                .statusCode(422)
                .body("errors.field", contains("levels"))
                .body("errors[0].message", containsString("at least one level must be proficient"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsDuplicateCodesAndScoresThatDoNotIncrease() {
        given().contentType(ContentType.JSON)
                .body(scale("Bad", List.of(level("a", 1, false), level("a", 3, true), level("c", 2, true))))
                .post(SCALES)
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("levels[1].code", "levels[2].score"))
                .body("errors.message", hasItem(containsString("duplicates levels[0].code")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsProficientLevelsThatAreNotTheTopOnes() {
        given().contentType(ContentType.JSON)
                .body(scale("Gap", List.of(level("a", 1, false), level("b", 2, true), level("c", 3, false))))
                .post(SCALES)
                .then()
                .statusCode(422)
                .body("errors.field", contains("levels[2].proficient"));
        given().contentType(ContentType.JSON)
                .body(scale("All", List.of(level("a", 1, true), level("b", 2, true))))
                .post(SCALES)
                .then()
                .statusCode(422)
                .body("errors.field", contains("levels[0].proficient"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsMissingAndMalformedFieldsListingThem() {
        Map<String, Object> noScore = new HashMap<>(level("x y", 1, false));
        noScore.remove("score");
        given().contentType(ContentType.JSON)
                .body(Map.of("levels", List.of(noScore, level("b", 2, true))))
                .post(SCALES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "levels[0].code", "levels[0].score"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesATakenOrReservedName() {
        List<Map<String, Object>> levels = List.of(level("a", 1, false), level("b", 2, true));
        given().contentType(ContentType.JSON)
                .body(scale("habits OF WORK", levels))
                .post(SCALES)
                .then()
                .statusCode(409)
                .body("errors.field", contains("name"));
        given().contentType(ContentType.JSON)
                .body(scale("default", levels))
                .post(SCALES)
                .then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "scale-paging"))
    void pagesWithTheDefaultScaleFirst() {
        for (String name : List.of("First", "Second")) {
            given().contentType(ContentType.JSON)
                    .body(scale(name, List.of(level("a", 1, false), level("b", 2, true))))
                    .post(SCALES)
                    .then()
                    .statusCode(201);
        }
        String next = given().queryParam("limit", 2)
                .get(SCALES)
                .then()
                .statusCode(200)
                .body("items.name", contains("Default", "First"))
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(SCALES)
                .then()
                .statusCode(200)
                .body("items.name", contains("Second"))
                .body("nextCursor", nullValue());
        String afterDefault =
                given().queryParam("limit", 1).get(SCALES).then().extract().path("nextCursor");
        given().queryParam("cursor", afterDefault).get(SCALES).then().body("items.name", contains("First", "Second"));
    }

    @Test
    void levelsForGivesTheLevelsAFrameworkIsCreatedOn() throws Throwable {
        assertThat(VertxContextSupport.subscribeAndAwait(() -> service.levelsFor(DISTRICT, null)))
                .isEqualTo(DefaultScale.LEVELS);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> service.levelsFor(DISTRICT, DefaultScale.id(DISTRICT))))
                .isEqualTo(DefaultScale.LEVELS);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> service.levelsFor(DISTRICT, habits)))
                .extracting(ProficiencyLevel::code)
                .containsExactly("rarely", "often", "always");
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> service.levelsFor("elsewhere", habits)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(422))
                .hasMessageContaining(habits.toString());
    }
}
