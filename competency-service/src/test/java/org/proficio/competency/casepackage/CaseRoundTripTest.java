package org.proficio.competency.casepackage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * Export validates against the CASE 1.0 package schema, and import -> export -> import is lossless: re-importing an
 * export changes nothing (UPDATED in place for a draft with the same export after, UNCHANGED for a published
 * version), and a changed package makes a new version.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CaseRoundTripTest {

    @Inject
    Pool pool;

    private static ObjectNode export(String id) {
        String body = CaseImports.export(id)
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        try {
            return (ObjectNode) CasePackages.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> competencyIds(String id) {
        return given().get("/api/v1/frameworks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("competencies.id");
    }

    /** Import, export (valid), re-import the export, export again (the same), publish, re-import (UNCHANGED). */
    private void roundTrip(String name) {
        String original = CasePackages.text(name);
        String id = CaseImports.importJson(original)
                .statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .extract()
                .path("frameworkId");
        List<String> ids = competencyIds(id);

        ObjectNode first = export(id);
        assertThat(CasePackages.schemaErrors(first))
                .as(name + " export is valid CASE 1.0")
                .isEmpty();
        assertThat(first.get("CFItems"))
                .hasSize(CasePackages.load(name).path("CFItems").size());

        CaseImports.importJson(first.toString())
                .statusCode(201)
                .body("outcome", equalTo("UPDATED"))
                .body("frameworkId", equalTo(id));
        assertThat(export(id)).as("export after re-importing the export").isEqualTo(first);
        assertThat(competencyIds(id)).as("items keep their ids").isEqualTo(ids);

        given().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200);
        long frameworks = frameworkCount();
        CaseImports.importJson(first.toString())
                .statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("frameworkId", equalTo(id));
        CaseImports.importJson(original).statusCode(200).body("outcome", equalTo("UNCHANGED"));
        assertThat(frameworkCount()).as("UNCHANGED writes nothing").isEqualTo(frameworks);
        assertThat(export(id)).as("the published export").isEqualTo(first);
    }

    private long frameworkCount() {
        return CaseImports.count(pool, "select count(*) from framework");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-1"))
    void testFrameworkRoundTrips() {
        roundTrip(CasePackages.TEST_FRAMEWORK);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-2"))
    void opensaltFrameworkRoundTrips() {
        roundTrip(CasePackages.OPENSALT);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-3"))
    void orderingRoundTrips() {
        roundTrip(CasePackages.ORDERING);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-4"))
    void utf8RoundTrips() {
        roundTrip(CasePackages.UTF8);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-5"))
    void emptyFrameworkRoundTrips() {
        roundTrip(CasePackages.EMPTY);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-6"))
    void markdownRoundTrips() {
        roundTrip(CasePackages.MARKDOWN);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-api"))
    void frameworkMadeThroughTheApiExportsValidAndReimportsUnchanged() {
        java.util.Map<String, Object> request = java.util.Map.of(
                "title",
                "Ratios (API)",
                "subject",
                "Mathematics",
                "competencies",
                List.of(
                        java.util.Map.of("code", "6.RP.A", "statement", "Understand ratio concepts."),
                        java.util.Map.of(
                                "code", "6.RP.A.1", "statement", "Use ratio language.", "parentCode", "6.RP.A"),
                        java.util.Map.of(
                                "code", "6.RP.A.2", "statement", "Understand unit rates.", "parentCode", "6.RP.A")));
        String id = given().contentType(io.restassured.http.ContentType.JSON)
                .body(request)
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> ids = competencyIds(id);

        ObjectNode exported = export(id);
        assertThat(CasePackages.schemaErrors(exported)).isEmpty();
        assertThat(exported.at("/CFDocument/identifier").asText()).isEqualTo(id);
        assertThat(exported.at("/CFDocument/creator").asText()).isEqualTo("case-round-trip-api");
        assertThat(exported.at("/CFDocument/uri").asText()).endsWith("/ims/case/v1p0/CFDocuments/" + id);
        assertThat(exported.get("CFItems")).hasSize(3);
        assertThat(exported.get("CFAssociations")).hasSize(3);

        CaseImports.importJson(exported.toString())
                .statusCode(201)
                .body("outcome", equalTo("UPDATED"))
                .body("frameworkId", equalTo(id));
        assertThat(competencyIds(id)).isEqualTo(ids);
        assertThat(export(id)).isEqualTo(exported);

        given().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200);
        CaseImports.importJson(exported.toString())
                .statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("frameworkId", equalTo(id));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-versions"))
    void changedPackageOfPublishedFrameworkBecomesNewDraftSupersedingIt() {
        String published = CaseImports.importJson(CasePackages.text(CasePackages.OPENSALT))
                .statusCode(201)
                .extract()
                .path("frameworkId");
        given().post("/api/v1/frameworks/" + published + "/publish").then().statusCode(200);
        ObjectNode changed = CasePackages.load(CasePackages.OPENSALT);
        ((ObjectNode) changed.get("CFItems").get(0)).put("fullStatement", "Understand ratios, changed.");

        String next = CaseImports.importJson(changed.toString())
                .statusCode(201)
                .body("outcome", equalTo("NEW_VERSION"))
                .extract()
                .path("frameworkId");
        assertThat(next).isNotEqualTo(published);
        var row = CaseImports.rows(
                        pool,
                        "select status, supersedes_id, identifier from framework where id = $1",
                        UUID.fromString(next))
                .get(0);
        assertThat(row.getString("status")).isEqualTo("DRAFT");
        assertThat(row.getUUID("supersedes_id")).isEqualTo(UUID.fromString(published));
        assertThat(row.getString("identifier")).isEqualTo("20c5134f-423d-4097-a971-3dd5152bf507");
        given().get("/api/v1/frameworks/" + published)
                .then()
                .body("status", equalTo("PUBLISHED"))
                .body(
                        "competencies.find { it.code == 'CCSS.Math.Content.6.RP.A' }.statement",
                        equalTo("Understand ratio concepts and use ratio reasoning to solve problems."));
        assertThat(CasePackages.schemaErrors(export(next))).isEmpty();

        // the new draft is the latest version now: importing again updates it
        CaseImports.importJson(changed.toString())
                .statusCode(201)
                .body("outcome", equalTo("UPDATED"))
                .body("frameworkId", equalTo(next));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-round-trip-update"))
    void updatingDraftKeepsIdsOfItemsAndRemovesVanishedOnes() {
        ObjectNode pkg = CasePackages.load(CasePackages.TEST_FRAMEWORK);
        String id =
                CaseImports.importJson(pkg.toString()).statusCode(201).extract().path("frameworkId");
        List<java.util.Map<String, Object>> before =
                given().get("/api/v1/frameworks/" + id).then().extract().path("competencies");

        // drop the leaf H.A.SCI.CSC.C.CE.L2.15 and its isChildOf
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        String leaf = null;
        for (int i = 0; i < items.size(); i++) {
            if ("H.A.SCI.CSC.C.CE.L2.15"
                    .equals(items.get(i).path("humanCodingScheme").asText())) {
                leaf = items.get(i).get("identifier").asText();
                items.remove(i);
                break;
            }
        }
        ArrayNode associations = (ArrayNode) pkg.get("CFAssociations");
        for (int i = associations.size() - 1; i >= 0; i--) {
            JsonNode a = associations.get(i);
            if (a.at("/originNodeURI/identifier").asText().equals(leaf)) {
                associations.remove(i);
            }
        }
        CaseImports.importJson(pkg.toString())
                .statusCode(201)
                .body("outcome", equalTo("UPDATED"))
                .body("items", equalTo(64))
                .body("associations", equalTo(64));
        List<java.util.Map<String, Object>> after =
                given().get("/api/v1/frameworks/" + id).then().extract().path("competencies");
        assertThat(after).hasSize(64);
        assertThat(after.stream().map(c -> c.get("code"))).doesNotContain("H.A.SCI.CSC.C.CE.L2.15");
        for (var c : after) {
            var same = before.stream()
                    .filter(b -> b.get("code").equals(c.get("code")))
                    .findFirst()
                    .orElseThrow();
            assertThat(c.get("id")).isEqualTo(same.get("id"));
        }
        assertThat(CaseImports.count(
                        pool, "select count(*) from competency where framework_id = $1", UUID.fromString(id)))
                .isEqualTo(64);
    }
}
