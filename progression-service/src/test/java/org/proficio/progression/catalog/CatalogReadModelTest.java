package org.proficio.progression.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.proficio.catalog.testing.CatalogTables.awaitFramework;
import static org.proficio.catalog.testing.CatalogTables.awaitProcessed;
import static org.proficio.catalog.testing.CatalogTables.rowCounts;
import static org.proficio.catalog.testing.CatalogTables.rowVersions;
import static org.proficio.catalog.testing.CatalogTables.rows;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * This service's catalog read model (the shared catalog-readmodel library, wired by this service's configuration),
 * fed through a real Kafka broker. The library's own tests cover the read model's rules in depth.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogReadModelTest {

    private static final String DISTRICT = "progression-catalog-test";
    private static final String CONSUMER = "progression-catalog";

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void storesAFullSnapshotAndListsItsCompetencies() {
        Map<String, Object> foundations = CatalogSnapshots.minimal(1);
        CatalogSnapshots.publish(DISTRICT, foundations);
        Map<String, Object> full =
                CatalogSnapshots.full(UUID.fromString(CatalogSnapshots.competencyId(foundations, 0)));
        String id = CatalogSnapshots.frameworkId(full);

        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, full));

        assertThat(rowCounts(id)).containsExactlyInAnyOrderEntriesOf(CatalogSnapshots.FULL_ROWS);
        String noCodingScheme =
                (String) CatalogSnapshots.list(full, "competencies").get(2).get("identifier");
        given().queryParam("frameworkId", id)
                .get("/api/v1/learners/s-catalog/progress")
                .then()
                .statusCode(200)
                .body("competencies.code", contains("6.RP", "6.RP.A.1", noCodingScheme, "HOM.1"));
    }

    @Test
    void repeatedAndOlderSnapshotsChangeNothing() {
        Map<String, Object> snapshot = CatalogSnapshots.full(UUID.randomUUID());
        String id = CatalogSnapshots.frameworkId(snapshot);
        UUID eventId = UUID.randomUUID();
        CatalogSnapshots.publish(eventId, DISTRICT, snapshot);
        awaitFramework(id);
        List<Map<String, Object>> before = rowVersions(id);

        CatalogSnapshots.publish(eventId, DISTRICT, snapshot);
        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));
        snapshot.put("title", "Stale title");
        snapshot.put("publishedAt", "2020-01-01T00:00:00Z");
        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));

        assertThat(rowVersions(id)).isEqualTo(before);
    }

    @Test
    void retirementMarksTheFrameworkAndKeepsItsRows() {
        Map<String, Object> snapshot = CatalogSnapshots.full(UUID.randomUUID());
        String id = CatalogSnapshots.frameworkId(snapshot);
        CatalogSnapshots.publish(DISTRICT, snapshot);
        awaitFramework(id);
        int rowsBefore = rowVersions(id).size();
        String successor = UUID.randomUUID().toString();

        awaitProcessed(CONSUMER, CatalogSnapshots.retire(DISTRICT, id, successor));

        assertThat(rows(
                        "select retired_at is not null as retired, superseded_by::text as successor"
                                + " from catalog.framework where id = ?::uuid",
                        id))
                .containsExactly(Map.of("retired", true, "successor", successor));
        assertThat(rowVersions(id)).hasSize(rowsBefore);
    }
}
