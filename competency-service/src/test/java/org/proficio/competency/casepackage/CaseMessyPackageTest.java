package org.proficio.competency.casepackage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * A package with the faults of real ones is taken, and what could not be taken is reported per object; its rubrics
 * and definitions are kept and exported again.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CaseMessyPackageTest {

    private static final String MESSY = "proficio-messy-package.json";
    private static final String S7 = CaseValues.caseId("https://standards.example.org/items/S7");
    private static final String DOCUMENT = CaseValues.caseId("https://standards.example.org/frameworks/science-7");

    @Inject
    Pool pool;

    private static JsonPath importMessy() {
        return CaseImports.importJson(CasePackages.text(MESSY))
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static ObjectNode export(String id) {
        try {
            return (ObjectNode) CasePackages.JSON.readTree(
                    CaseImports.export(id).statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> issuePaths(JsonPath report) {
        return report.getList("issues.path");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-messy-test"))
    void takesMessyFieldsAndReportsWhatItCannotTake() {
        JsonPath report = importMessy();
        assertThat(report.getString("identifier")).isEqualTo(DOCUMENT);
        assertThat(report.getInt("items")).isEqualTo(3);
        assertThat(report.getInt("associations")).isEqualTo(6);
        assertThat(report.getInt("externalAssociations")).isEqualTo(2);
        assertThat(report.getMap("associationsByType"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("isChildOf", 3, "precedes", 1, "exactMatchOf", 1, "isRelatedTo", 1));
        assertThat(report.getInt("rubrics")).isEqualTo(1);
        assertThat(report.getInt("definitions")).isEqualTo(3);
        assertThat(issuePaths(report))
                .contains(
                        "CFDocument.identifier",
                        "CFItems[0].identifier",
                        "CFItems[3].fullStatement",
                        "CFAssociations[0].identifier",
                        "CFAssociations[5].associationType",
                        "CFAssociations[6].sequenceNumber",
                        "CFAssociations[6].destinationNodeURI.uri",
                        "CFDefinitions.CFItemTypes[0].color",
                        "CFDefinitions.CFSubjects[0].identifier",
                        "CFDefinitions.CFSubjects[0].hierarchyCode",
                        "x-vendor");
        assertThat(report.getString("issues.find { it.path == 'CFItems[3].fullStatement' }.identifier"))
                .isEqualTo("a1a1a1a1-0000-4000-8000-000000000003");
        assertThat(report.getString("issues.find { it.path == 'CFAssociations[5].associationType' }.message"))
                .contains("isTranslationOf");

        UUID id = UUID.fromString(report.getString("frameworkId"));
        Row framework = CaseImports.rows(
                        pool,
                        "select uri, subjects, education_levels, last_change, licence, status_start_date, case_extra,"
                                + " origin from framework where id = $1",
                        id)
                .get(0);
        assertThat(framework.getString("uri")).isEqualTo("https://standards.example.org/frameworks/science-7");
        assertThat(framework.getString("subjects")).isEqualTo("[\"Science\"]");
        assertThat(framework.getString("education_levels")).isEqualTo("[\"07\"]");
        assertThat(framework.getOffsetDateTime("last_change").toInstant())
                .isEqualTo(OffsetDateTime.parse("2019-03-04T10:20:30Z").toInstant());
        assertThat(framework.getString("licence"))
                .contains(CaseValues.caseId("https://creativecommons.org/licenses/by/4.0/"));
        assertThat(framework.getString("status_start_date")).isEqualTo("2019-01-01");
        assertThat(framework.getString("case_extra")).contains("frameworkType").doesNotContain("CFPackageURI");
        assertThat(framework.getString("origin")).isEqualTo("CASE");

        List<Map<String, Object>> competencies = given().get("/api/v1/frameworks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("competencies");
        assertThat(competencies.stream().map(c -> c.get("code"))).containsExactly("S7", "S7.1", "S7.2");
        assertThat(competencies.get(0).get("identifier")).isEqualTo(S7);
        assertThat(competencies.get(0).get("statement")).isEqualTo("<p>Science <b>grade 7</b></p>");
        assertThat(competencies.get(0).get("educationLevels")).isEqualTo(List.of("07", "08"));
        assertThat(competencies.get(0).get("itemType")).isEqualTo("Domain");
        assertThat(competencies.get(1).get("statement")).isEqualTo("First by sequence, **Markdown** and $x^2$");
        assertThat(competencies.get(2).get("keywords")).isEqualTo(List.of("energy", "matter"));

        Row item = CaseImports.rows(
                        pool,
                        "select uri, last_change, case_extra from competency where framework_id = $1 and code = 'S7.2'",
                        id)
                .get(0);
        assertThat(item.getOffsetDateTime("last_change").toInstant())
                .isEqualTo(OffsetDateTime.parse("2019-03-04T08:20:30.5Z").toInstant());
        assertThat(item.getString("case_extra"))
                .contains("\"customField\":{\"kept\":true}")
                .contains("\"identifier\":\"b2b2b2b2-0000-4000-8000-000000000002\"");
        assertThat(CaseImports.rows(pool, "select uri from competency where framework_id = $1 and code = 'S7'", id)
                        .get(0)
                        .getString(0))
                .isEqualTo("https://standards.example.org/items/S7");

        Row prerequisite = CaseImports.rows(
                        pool,
                        "select o.code, d.code from association a join competency o on o.id = a.origin_id"
                                + " join competency d on d.id = a.destination_id"
                                + " where a.framework_id = $1 and a.type = 'precedes'",
                        id)
                .get(0);
        assertThat(List.of(prerequisite.getString(0), prerequisite.getString(1)))
                .containsExactly("S7.1", "S7.2");
        Row external = CaseImports.rows(
                        pool,
                        "select destination_identifier, destination_id, grouping_identifier from association"
                                + " where framework_id = $1 and type = 'exactMatchOf'",
                        id)
                .get(0);
        assertThat(external.getString(0)).isEqualTo("ext-42");
        assertThat(external.getUUID(1)).isNull();
        assertThat(external.getString(2)).isEqualTo("d4d4d4d4-0000-4000-8000-000000000001");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-messy-rubrics"))
    void keepsRubricsTiedToCompetenciesAndScaleLevels() {
        UUID id = UUID.fromString(importMessy().getString("frameworkId"));
        Row criterion = CaseImports.rows(
                        pool,
                        "select c.code, rc.weight, rc.position, rc.category from rubric_criterion rc"
                                + " join rubric r on r.id = rc.rubric_id join competency c on c.id = rc.competency_id"
                                + " where r.framework_id = $1",
                        id)
                .get(0);
        assertThat(criterion.getString(0)).isEqualTo("S7.2");
        assertThat(criterion.getBigDecimal(1)).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(criterion.getString(3)).isEqualTo("Understanding");
        List<Row> levels = CaseImports.rows(
                pool,
                "select l.quality, l.scale_level, l.position, l.score from rubric_level l"
                        + " join rubric_criterion rc on rc.id = l.criterion_id join rubric r on r.id = rc.rubric_id"
                        + " where r.framework_id = $1 order by l.position",
                id);
        assertThat(levels).extracting(r -> r.getString(0)).containsExactly("Beginning", "Proficient");
        assertThat(levels).extracting(r -> r.getString(1)).containsExactly("beginning", "proficient");

        ObjectNode exported = export(id.toString());
        JsonNode rubric = exported.get("CFRubrics").get(0);
        assertThat(rubric.get("identifier").asText()).isEqualTo("f6f6f6f6-0000-4000-8000-000000000001");
        JsonNode exportedCriterion = rubric.get("CFRubricCriteria").get(0);
        assertThat(exportedCriterion.at("/CFItemURI/identifier").asText())
                .isEqualTo("a1a1a1a1-0000-4000-8000-000000000001");
        assertThat(exportedCriterion.get("weight").asDouble()).isEqualTo(0.5);
        assertThat(exportedCriterion.get("rubricId").asText()).isEqualTo("f6f6f6f6-0000-4000-8000-000000000001");
        assertThat(exportedCriterion.get("CFRubricCriterionLevels"))
                .extracting(l -> l.get("quality").asText())
                .containsExactly("Beginning", "Proficient");
        assertThat(exportedCriterion.at("/CFRubricCriterionLevels/0/feedback").asText())
                .isEqualTo("Look at the diagram again");
        assertThat(exported.at("/CFDefinitions/CFItemTypes/0/title").asText()).isEqualTo("Standard");
        assertThat(exported.at("/CFDefinitions/CFItemTypes/0").has("description"))
                .isFalse();
        assertThat(exported.at("/CFDefinitions/CFAssociationGroupings")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-messy-round-trip"))
    void exportOfMessyPackageIsValidAndRoundTrips() {
        String id = importMessy().getString("frameworkId");
        ObjectNode first = export(id);
        assertThat(CasePackages.schemaErrors(first)).isEmpty();
        assertThat(first.at("/CFDocument/frameworkType").asText()).isEqualTo("state standards");
        assertThat(first.at("/CFDocument/lastChangeDateTime").asText()).isEqualTo("2019-03-04T10:20:30+00:00");
        assertThat(first.at("/CFDocument/subject/0").asText()).isEqualTo("Science");
        JsonNode s72 = first.get("CFItems").get(2);
        assertThat(s72.get("customField").get("kept").asBoolean()).isTrue();
        assertThat(s72.get("educationLevel").get(0).asText()).isEqualTo("07");

        CaseImports.importJson(first.toString())
                .statusCode(201)
                .body("outcome", equalTo("UPDATED"))
                .body("issues.size()", equalTo(0));
        assertThat(export(id)).isEqualTo(first);
        given().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200);
        CaseImports.importJson(CasePackages.text(MESSY)).statusCode(200).body("outcome", equalTo("UNCHANGED"));
        CaseImports.importJson(first.toString()).statusCode(200).body("outcome", equalTo("UNCHANGED"));
    }
}
