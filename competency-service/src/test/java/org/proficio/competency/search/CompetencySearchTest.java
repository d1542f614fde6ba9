package org.proficio.competency.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.proficio.competency.prerequisite.TestFrameworks.competency;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.prerequisite.TestFrameworks;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** Competency search: ranking, code prefixes, filters, paging, and who sees what. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CompetencySearchTest {

    static final String DISTRICT = "search-test";
    static final String OTHER_DISTRICT = "search-other";
    static final String SEARCH = "/api/v1/competencies";

    static UUID ratios;
    static UUID habits;

    @Inject
    TestFrameworks frameworks;

    @BeforeEach
    void createCatalogOnce() {
        if (ratios != null) {
            return;
        }
        ratios = frameworks
                .create(
                        DISTRICT,
                        Map.of(
                                "title",
                                "Ratios and Proportional Relationships",
                                "subject",
                                "Mathematics",
                                "educationLevels",
                                List.of("06"),
                                "competencies",
                                List.of(
                                        competency(
                                                "6.RP",
                                                "Ratios and proportional relationships",
                                                "abbreviatedStatement",
                                                "Ratios"),
                                        competency(
                                                "6.RP.A.1",
                                                "Understand the concept of a ratio and use ratio language to"
                                                        + " describe a ratio relationship between two quantities.",
                                                "parentCode",
                                                "6.RP"),
                                        competency(
                                                "6.RP.A.2",
                                                "Understand the concept of a unit rate a/b associated with a"
                                                        + " ratio a:b with b != 0.",
                                                "parentCode",
                                                "6.RP"),
                                        competency(
                                                "6.RP.A.3",
                                                "Use ratio and rate reasoning to solve real-world and"
                                                        + " mathematical problems.",
                                                "parentCode",
                                                "6.RP"),
                                        competency(
                                                "6.EE.1",
                                                "Write and evaluate numerical expressions involving"
                                                        + " whole-number exponents."))))
                .id();
        frameworks.publish(DISTRICT, ratios);
        habits = frameworks
                .create(
                        DISTRICT,
                        Map.of(
                                "title", "Habits of Success",
                                "subjects", List.of("Social-Emotional Learning"),
                                "educationLevels", List.of("09", "10"),
                                "competencies",
                                        List.of(
                                                competency(
                                                        "H.1",
                                                        "Persists with challenging ratio problems.",
                                                        "kind",
                                                        "DISPOSITION"),
                                                competency(
                                                        "H.2",
                                                        "Works with others towards a shared goal.",
                                                        "kind",
                                                        "SKILL",
                                                        "abbreviatedStatement",
                                                        "Collaboration"),
                                                competency(
                                                        "H.3",
                                                        "Shares materials with peers.",
                                                        "kind",
                                                        "SKILL",
                                                        "educationLevels",
                                                        List.of("KG")))))
                .id();
        frameworks.publish(DISTRICT, habits);
        frameworks.create(
                DISTRICT,
                Map.of(
                        "title",
                        "Ratio tables (draft)",
                        "competencies",
                        List.of(competency("D.1", "Uses ratio tables to compare ratios."))));
        UUID elsewhere = frameworks
                .create(
                        OTHER_DISTRICT,
                        Map.of(
                                "title",
                                "Elsewhere",
                                "competencies",
                                List.of(competency("6.RP.Z", "Ratio of everything in another district."))))
                .id();
        frameworks.publish(OTHER_DISTRICT, elsewhere);
    }

    private static JsonPath search(String query) {
        return given().get(SEARCH + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void exactCodeFirstThenCodePrefixes() {
        JsonPath found = search("?q=6.RP");
        assertThat(found.getList("items.code", String.class))
                .containsExactly("6.RP", "6.RP.A.1", "6.RP.A.2", "6.RP.A.3");
        assertThat(found.getList("items.match", String.class))
                .containsExactly("CODE", "CODE_PREFIX", "CODE_PREFIX", "CODE_PREFIX");
        // The parser reads "6.rp.a" as the words 6.rp and a: the parent's code matches as text, after the prefixes.
        JsonPath lowerCase = search("?q=6.rp.a");
        assertThat(lowerCase.getList("items.code", String.class))
                .containsExactly("6.RP.A.1", "6.RP.A.2", "6.RP.A.3", "6.RP");
        assertThat(lowerCase.getList("items.match", String.class))
                .containsExactly("CODE_PREFIX", "CODE_PREFIX", "CODE_PREFIX", "TEXT");
        assertThat(search("?q=6.RP.A._").getList("items.match", String.class)).doesNotContain("CODE_PREFIX");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void ranksWordsInTheShortStatementAndRepeatedWordsHigher() {
        JsonPath found = search("?q=ratios");
        // 6.RP has the word in its short and its full statement, 6.RP.A.1 three times in its full statement; the
        // rest once (ties go by code). The draft and the other district's "Ratio of everything" are not searched.
        assertThat(found.getList("items.code", String.class))
                .containsExactly("6.RP", "6.RP.A.1", "6.RP.A.2", "6.RP.A.3", "H.1");
        assertThat(found.getList("items.match", String.class)).containsOnly("TEXT");
        assertThat(found.getString("items[4].frameworkTitle")).isEqualTo("Habits of Success");
        assertThat(search("?q=collaboration").getList("items.code", String.class))
                .containsExactly("H.2");
        assertThat(search("?q=rate -unit").getList("items.code", String.class)).containsExactly("6.RP.A.3");
        assertThat(search("?q=\"unit rate\"").getList("items.code", String.class))
                .containsExactly("6.RP.A.2");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void filtersByFrameworkKindLevelAndSubject() {
        assertThat(search("?framework=" + habits).getList("items.code", String.class))
                .containsExactly("H.1", "H.2", "H.3");
        assertThat(search("?framework=" + habits + "&kind=skill").getList("items.code", String.class))
                .containsExactly("H.2", "H.3");
        assertThat(search("?kind=DISPOSITION&q=ratio").getList("items.code", String.class))
                .containsExactly("H.1");
        assertThat(search("?level=KG").getList("items.code", String.class)).containsExactly("H.3");
        assertThat(search("?level=06").getList("items.code", String.class))
                .containsExactly("6.EE.1", "6.RP", "6.RP.A.1", "6.RP.A.2", "6.RP.A.3");
        assertThat(search("?subject=mathematics&q=ratio").getList("items.frameworkId", String.class))
                .containsOnly(ratios.toString())
                .hasSize(4);
        assertThat(search("?subject=social-emotional learning").getList("items.code", String.class))
                .containsExactly("H.1", "H.2", "H.3");
        assertThat(search("?framework=" + UUID.randomUUID()).getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void pagesThroughRankedResultsWithoutGapsOrRepeats() {
        List<String> all = search("?q=ratio").getList("items.code", String.class);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = search("?q=ratio&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            paged.addAll(page.getList("items.code", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(paged).isEqualTo(all).hasSize(5);
        assertThat(pages).isEqualTo(3);

        given().get(SEARCH + "?framework=" + ratios + "&limit=5").then().body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "someone", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = OTHER_DISTRICT))
    void anotherDistrictSeesOnlyItsOwn() {
        assertThat(search("?q=ratio").getList("items.code", String.class)).containsExactly("6.RP.Z");
        assertThat(search("?q=6.RP").getList("items.code", String.class)).containsExactly("6.RP.Z");
        assertThat(search("?framework=" + ratios).getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void studentsDoNotFindDrafts() {
        given().get(SEARCH + "?q=ratio")
                .then()
                .statusCode(200)
                .body("items.code", everyItem(org.hamcrest.Matchers.not(equalTo("D.1"))))
                .body("items.frameworkStatus", everyItem(equalTo("PUBLISHED")));
        given().get(SEARCH + "?q=ratio&status=DRAFT").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void adminsFindDraftsWhenTheyAskForThem() {
        given().get(SEARCH + "?q=ratio").then().body("items.code", org.hamcrest.Matchers.not(hasItem("D.1")));
        given().get(SEARCH + "?q=ratio&status=draft")
                .then()
                .statusCode(200)
                .body("items.code", contains("D.1"))
                .body("items.frameworkStatus", contains("DRAFT"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsBadParametersListingThem() {
        given().get(SEARCH + "?limit=0&kind=ACADEMICS&framework=ratios&status=GONE&cursor=nonsense&q="
                        + "x".repeat(201))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("limit", "kind", "framework", "status", "cursor", "q"));
        given().get(SEARCH + "?limit=501").then().statusCode(400).body("errors.field", contains("limit"));
        given().get(SEARCH + "?limit=ten").then().statusCode(400);
    }

    @Test
    void refusesCallersWithoutAToken() {
        given().get(SEARCH + "?q=ratio").then().statusCode(401);
    }
}
