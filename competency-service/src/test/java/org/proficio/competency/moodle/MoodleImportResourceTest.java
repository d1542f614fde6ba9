package org.proficio.competency.moodle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.proficio.competency.moodle.MoodleToCaseTest.NEWER_HEADER;
import static org.proficio.competency.moodle.MoodleToCaseTest.childrenFirst;
import static org.proficio.competency.moodle.MoodleToCaseTest.oecd;
import static org.proficio.competency.moodle.MoodleToCaseTest.records;
import static org.proficio.competency.moodle.MoodleToCaseTest.withHeader;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.competency.prerequisite.TestFrameworks;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * Moodle import end to end with Moodle core's OECD example: what lands in the catalog, re-imports, and refusals
 * that write nothing. Each test imports into its own district (the file's framework identifier is the same).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class MoodleImportResourceTest {

    static final String IMPORT = "/api/v1/moodle/frameworks";
    static final String ADMIN_CLAIM = "district";

    @Inject
    TestFrameworks frameworks;

    private static ValidatableResponse post(String csv) {
        return given().contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post(IMPORT)
                .then();
    }

    private static JsonPath framework(String id) {
        return given().get("/api/v1/frameworks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Each competency's code mapped to its parent's code ("" for top-level ones). */
    private static Map<String, String> parents(JsonPath framework) {
        List<Map<String, Object>> competencies = framework.getList("competencies");
        Map<String, String> codeById = new HashMap<>();
        competencies.forEach(c -> codeById.put((String) c.get("id"), (String) c.get("code")));
        Map<String, String> parents = new HashMap<>();
        competencies.forEach(c -> parents.put(
                (String) c.get("code"), c.get("parentId") == null ? "" : codeById.get((String) c.get("parentId"))));
        return parents;
    }

    private static <T> List<T> rows(String sql, Object id) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.<T>createNativeQuery(sql)
                            .setParameter("id", UUID.fromString(id.toString()))
                            .getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = ADMIN_CLAIM, value = "moodle-import-oecd"))
    void importsTheOecdFrameworkWithItsTreeScaleAndCrossReferences() {
        String id = post(oecd())
                .statusCode(201)
                .header("Location", containsString("/api/v1/frameworks/"))
                .body("outcome", equalTo("CREATED"))
                .body("idNumber", equalTo("OECD-CORE"))
                .body("competencies", equalTo(64))
                .body("crossReferences", equalTo(39))
                .body("scale.label", contains("Not yet competent", "Competent"))
                .body("rowIssues", empty())
                .extract()
                .path("frameworkId");

        JsonPath framework = framework(id);
        assertThat(framework.getString("title")).isEqualTo("OECD");
        assertThat(framework.getString("status")).isEqualTo("DRAFT");
        assertThat(framework.getString("origin")).isEqualTo("MOODLE");
        assertThat(framework.getList("competencies")).hasSize(64);
        Map<String, String> parents = parents(framework);
        assertThat(parents.entrySet().stream()
                        .filter(e -> e.getValue().isEmpty())
                        .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("levels", "competencies");
        assertThat(parents)
                .containsEntry("level-5", "levels")
                .containsEntry("DR-AT1", "analytical-thinking")
                .containsEntry("analytical-thinking", "delivery")
                .containsEntry("delivery", "competencies");
        List<String> codes = framework.getList("competencies.code");
        assertThat(codes.indexOf("strategic")).isLessThan(codes.indexOf("strategic-thinking"));
        assertThat(codes.indexOf("strategic-thinking")).isLessThan(codes.indexOf("S-ST-1"));
        assertThat(framework.getList("scale.code", String.class)).containsExactly("not-yet-competent", "competent");
        assertThat(framework.getList("scale.proficient", Boolean.class)).containsExactly(false, true);

        assertThat(MoodleImportResourceTest.<Boolean>rows(
                        "select default_level from scale_level where framework_id = :id order by position", id))
                .containsExactly(false, true);
        assertThat(MoodleImportResourceTest.<String>rows(
                        "select o.code from association a join competency o on o.id = a.origin_id"
                                + " join competency d on d.id = a.destination_id"
                                + " where a.framework_id = :id and a.type = 'isRelatedTo'"
                                + " and 'level-1' in (o.code, d.code)",
                        id))
                .hasSize(39);
        assertThat(framework.getString("competencies.find { it.code == 'analytical-thinking' }.statement"))
                .startsWith("Analytical Thinking is the ability to identify patterns")
                .doesNotContain("<p>");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = ADMIN_CLAIM, value = "moodle-import-again"))
    void reimportUpdatesTheDraftThenIsUnchangedOncePublishedAndNewVersionWhenChanged() {
        String id = post(oecd()).statusCode(201).extract().path("frameworkId");

        post(oecd()).statusCode(201).body("outcome", equalTo("UPDATED")).body("frameworkId", equalTo(id));
        assertThat(framework(id).getList("competencies")).hasSize(64);
        given().get("/api/v1/frameworks").then().body("items.id", contains(id));

        frameworks.publish("moodle-import-again", UUID.fromString(id));
        post(oecd()).statusCode(200).body("outcome", equalTo("UNCHANGED")).body("frameworkId", equalTo(id));
        post(withHeader(oecd(), NEWER_HEADER)).statusCode(200).body("outcome", equalTo("UNCHANGED"));

        // Only the scale changes: both levels proficient. CASE has no scale, yet this is new content.
        String bothProficient = oecd().replace(
                        "[{\"\"scaleid\"\":\"\"2\"\"},",
                        "[{\"\"scaleid\"\":\"\"2\"\"},"
                                + "{\"\"id\"\":1,\"\"scaledefault\"\":0,\"\"proficient\"\":1},");
        assertThat(bothProficient).isNotEqualTo(oecd());
        String next = post(bothProficient)
                .statusCode(201)
                .body("outcome", equalTo("NEW_VERSION"))
                .extract()
                .path("frameworkId");
        assertThat(next).isNotEqualTo(id);
        assertThat(framework(next).getList("scale.proficient", Boolean.class)).containsExactly(true, true);
        assertThat(framework(next).getString("supersedesId")).isEqualTo(id);
        assertThat(framework(id).getList("scale.proficient", Boolean.class)).containsExactly(false, true);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = ADMIN_CLAIM, value = "moodle-import-spelling"))
    void takesTheNewerHeaderSpellingAndParentsAfterChildren() {
        String newer = post(withHeader(oecd(), NEWER_HEADER))
                .statusCode(201)
                .body("competencies", equalTo(64))
                .body("crossReferences", equalTo(39))
                .extract()
                .path("frameworkId");
        Map<String, String> expected = parents(framework(newer));

        String reversed = post(childrenFirst(oecd()))
                .statusCode(201)
                .body("outcome", equalTo("UPDATED"))
                .body("rowIssues", empty())
                .extract()
                .path("frameworkId");
        assertThat(parents(framework(reversed))).isEqualTo(expected).hasSize(64);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = ADMIN_CLAIM, value = "moodle-import-issues"))
    void importsRowsWithUnknownParentsOrCrossReferencesAndListsThem() {
        String csv = oecd().replace("delivery,drafting-skills,", "delivry,drafting-skills,")
                .replace("S-DT-1,S-DT-2,", "S-DT-1,S-DT-9,");
        String id = post(csv)
                .statusCode(201)
                .body("competencies", equalTo(64))
                .body("rowIssues.row", contains(15, 4))
                .body("rowIssues.idNumber", contains("drafting-skills", "level-1"))
                .body("rowIssues.issue[1]", containsString("S-DT-9"))
                .extract()
                .path("frameworkId");
        assertThat(parents(framework(id))).containsEntry("drafting-skills", "");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = ADMIN_CLAIM, value = "moodle-import-refused"))
    void refusesUnusableFilesWritingNothing() {
        post(oecd() + ",\"unclosed,x\r\n").statusCode(400).contentType("application/problem+json");
        post(oecd() + "a,b,c\r\n")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("rows[67]"));
        post(withHeader(oecd(), NEWER_HEADER.replace("\"Is framework\",", "").replace("\"ID number\",", "Code,")))
                .statusCode(400)
                .body("errors.message", hasItems("has no \"ID number\" column.", "has no \"Is framework\" column."));
        post(oecd().replace(",1,\"competency,", ",0,\"competency,"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("No row has \"Is framework\" = 1"));
        post(oecd() + records(oecd()).get(1).replace("OECD-CORE", "OECD-COPY"))
                .statusCode(422)
                .body("errors.field", contains("rows[2].Is framework", "rows[67].Is framework"));
        post(oecd().replace(",competencies,Competencies,", "strategic,competencies,Competencies,"))
                .statusCode(422)
                .body("detail", containsString("competencies -> strategic -> competencies"));
        post(oecd().replace("delivery,drafting-skills,", "delivery,analytical-thinking,"))
                .statusCode(422);
        post("").statusCode(400);

        given().get("/api/v1/frameworks").then().statusCode(200).body("items", empty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = ADMIN_CLAIM, value = "moodle-import-type"))
    void takesCsvOnly() {
        given().contentType("application/json").body("{}").post(IMPORT).then().statusCode(415);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = ADMIN_CLAIM, value = "moodle-import-oecd"))
    void onlyDistrictAdminsImport() {
        post(oecd()).statusCode(403).contentType("application/problem+json");
    }
}
