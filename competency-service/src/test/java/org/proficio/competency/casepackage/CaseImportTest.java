package org.proficio.competency.casepackage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** Every real package imports: counts, tree shape, prerequisites, and the messy fields taken. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CaseImportTest {

    @Inject
    Pool pool;

    /** The framework's competencies as GET /api/v1/frameworks/{id} gives them: tree order. */
    private static List<Map<String, Object>> competencies(String id) {
        return given().get("/api/v1/frameworks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("competencies");
    }

    private static JsonPath imported(String name) {
        return CaseImports.importJson(CasePackages.text(name))
                .statusCode(201)
                .contentType("application/json")
                .header("Location", containsString("/api/v1/frameworks/"))
                .body("outcome", equalTo("CREATED"))
                .extract()
                .jsonPath();
    }

    /** Depth of each competency (roots 0), by code. */
    private static Map<String, Integer> depths(List<Map<String, Object>> competencies) {
        Map<String, Integer> depthById = new HashMap<>();
        Map<String, Integer> depthByCode = new HashMap<>();
        for (Map<String, Object> c : competencies) {
            Object parent = c.get("parentId");
            int depth = parent == null ? 0 : depthById.get((String) parent) + 1;
            depthById.put((String) c.get("id"), depth);
            depthByCode.put((String) c.get("code"), depth);
        }
        return depthByCode;
    }

    private static List<String> childCodes(List<Map<String, Object>> competencies, String parentCode) {
        String parentId = competencies.stream()
                .filter(c -> parentCode.equals(c.get("code")))
                .map(c -> (String) c.get("id"))
                .findFirst()
                .orElseThrow();
        return competencies.stream()
                .filter(c -> parentId.equals(c.get("parentId")))
                .map(c -> (String) c.get("code"))
                .toList();
    }

    private Map<String, Long> associationTypes(String frameworkId) {
        Map<String, Long> types = new HashMap<>();
        CaseImports.rows(
                        pool,
                        "select type, count(*) from association where framework_id = $1 group by type",
                        UUID.fromString(frameworkId))
                .forEach(r -> types.put(r.getString(0), r.getLong(1)));
        return types;
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-import-test-framework"))
    void importsOpensaltTestFrameworkAsTreeOrderedBySequenceNumber() {
        JsonPath report = imported(CasePackages.TEST_FRAMEWORK);
        assertThat(report.getInt("items")).isEqualTo(65);
        assertThat(report.getInt("associations")).isEqualTo(65);
        assertThat(report.getInt("externalAssociations")).isZero();
        assertThat(report.getMap("associationsByType")).containsExactly(Map.entry("isChildOf", 65));
        String id = report.getString("frameworkId");
        assertThat(associationTypes(id)).containsExactly(Map.entry("isChildOf", 65L));

        List<Map<String, Object>> competencies = competencies(id);
        assertThat(competencies).hasSize(65);
        assertThat(competencies.stream().filter(c -> c.get("parentId") == null).map(c -> c.get("code")))
                .containsExactly("F", "M", "H.A.SCI.SCP", "H.A.SCI.CSC");
        Map<String, Integer> depths = depths(competencies);
        assertThat(depths.values().stream().mapToInt(Integer::intValue).max()).hasValue(5);
        assertThat(depths).containsEntry("F.2.3", 5).containsEntry("H.A.SCI.CSC.C.CE.L1.20", 4);
        assertThat(childCodes(competencies, "H.A.SCI.CSC"))
                .containsExactly(
                        "H.A.SCI.CSC.P", "H.A.SCI.CSC.CE", "H.A.SCI.CSC.S", "H.A.SCI.CSC.C", "H.A.SCI.CSC.SYS");
        assertThat(childCodes(competencies, "H.A.SCI.CSC.C.CE.L1"))
                .hasSize(19)
                .startsWith("H.A.SCI.CSC.C.CE.L1.1", "H.A.SCI.CSC.C.CE.L1.2")
                .endsWith("H.A.SCI.CSC.C.CE.L1.20");
        // positions are the depth-first order
        assertThat(competencies.stream().map(c -> (Integer) c.get("position")))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, 65).boxed().toList());
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-import-test-opensalt"))
    void importsOpensaltFrameworkWithPrerequisitesAndExternalLinks() {
        JsonPath report = imported(CasePackages.OPENSALT);
        assertThat(report.getInt("items")).isEqualTo(16);
        assertThat(report.getInt("associations")).isEqualTo(39);
        assertThat(report.getInt("externalAssociations")).isEqualTo(21);
        assertThat(report.getMap("associationsByType"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("exactMatchOf", 16, "isChildOf", 16, "precedes", 3, "exemplar", 2, "isRelatedTo", 2));
        assertThat(report.getList("issues")).isEmpty();
        UUID id = UUID.fromString(report.getString("frameworkId"));

        assertThat(CaseImports.count(
                        pool,
                        "select count(*) from association where framework_id = $1"
                                + " and (origin_id is null or destination_id is null)"
                                + " and destination_identifier <> '20c5134f-423d-4097-a971-3dd5152bf507'",
                        id))
                .isEqualTo(21);
        List<Row> prerequisites = CaseImports.rows(
                pool,
                "select o.code, d.code from association a join competency o on o.id = a.origin_id"
                        + " join competency d on d.id = a.destination_id"
                        + " where a.framework_id = $1 and a.type = 'precedes' order by a.position",
                id);
        assertThat(prerequisites).hasSize(2);
        assertThat(CaseImports.count(
                        pool,
                        "select count(*) from association where framework_id = $1 and type = 'precedes'"
                                + " and destination_id is null",
                        id))
                .isEqualTo(1);

        List<Map<String, Object>> competencies = competencies(id.toString());
        assertThat(competencies).hasSize(16);
        Map<String, Object> cluster = competencies.stream()
                .filter(c -> "CCSS.Math.Content.6.RP.A".equals(c.get("code")))
                .findFirst()
                .orElseThrow();
        // educationalLevel (misspelt, a string) and CFItemType taken
        assertThat(cluster.get("educationLevels")).isEqualTo(List.of("06"));
        assertThat(cluster.get("itemType")).isEqualTo("Cluster");
        // dates without a time zone taken as UTC
        Row item = CaseImports.rows(
                        pool,
                        "select last_change from competency where framework_id = $1 and identifier = $2",
                        id,
                        "edfce0e7-dbbf-40d5-af1a-baccabef85e9")
                .get(0);
        assertThat(item.getOffsetDateTime(0).toInstant())
                .isEqualTo(OffsetDateTime.parse("2017-05-25T18:05:33Z").toInstant());
        assertThat(CaseImports.count(pool, "select count(*) from case_definition where framework_id = $1", id))
                .isEqualTo(3);
        assertThat(CaseImports.count(pool, "select count(*) from scale_level where framework_id = $1", id))
                .isEqualTo(4);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-import-test-ordering"))
    void importsOrderingFrameworkInTheGivenOrderWhenThereAreNoSequenceNumbers() {
        JsonPath report = imported(CasePackages.ORDERING);
        assertThat(report.getInt("items")).isEqualTo(28);
        List<Map<String, Object>> competencies = competencies(report.getString("frameworkId"));
        assertThat(childCodes(competencies, "H.A.MATH.GM.PF.2DFP.L1").stream()
                        .map(code -> code.substring("H.A.MATH.GM.PF.2DFP.L1.".length())))
                .containsExactly(
                        "1", "10", "3", "4", "20", "6", "14", "8", "9", "2", "11", "12", "13", "7", "15", "16", "17",
                        "18", "19", "5", "21", "22", "23", "24");
        assertThat(depths(competencies)).containsEntry("H.A.MATH.GM.PF.2DFP.L1.24", 4);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-import-test-small"))
    void importsUtf8MarkdownAndEmptyFrameworks() {
        String utf8 = imported(CasePackages.UTF8).getString("frameworkId");
        given().get("/api/v1/frameworks/" + utf8)
                .then()
                .body("title", equalTo("UTF8 \uD835\uDC51 Test"))
                .body("competencies[0].statement", equalTo("Item \uD835\uDC51 1"));

        // the same CFDocument identifier as the UTF-8 framework: an update of that draft
        JsonPath markdown = CaseImports.importJson(CasePackages.text(CasePackages.MARKDOWN))
                .statusCode(201)
                .body("outcome", equalTo("UPDATED"))
                .body("frameworkId", equalTo(utf8))
                .extract()
                .jsonPath();
        assertThat(markdown.getInt("items")).isEqualTo(2);
        String table = CasePackages.load(CasePackages.MARKDOWN)
                .get("CFItems")
                .get(0)
                .get("fullStatement")
                .asText();
        assertThat(competencies(utf8).stream().map(c -> c.get("statement"))).contains(table);

        JsonPath empty = CaseImports.importJson(CasePackages.text(CasePackages.EMPTY))
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(empty.getInt("items")).isZero();
        assertThat(empty.getInt("associations")).isZero();
        assertThat(competencies(utf8)).isEmpty();
    }
}
