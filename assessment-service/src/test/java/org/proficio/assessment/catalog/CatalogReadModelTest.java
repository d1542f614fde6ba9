package org.proficio.assessment.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proficio.catalog.testing.CatalogTables.awaitFramework;
import static org.proficio.catalog.testing.CatalogTables.awaitProcessed;
import static org.proficio.catalog.testing.CatalogTables.rowCounts;
import static org.proficio.catalog.testing.CatalogTables.rowVersions;
import static org.proficio.catalog.testing.CatalogTables.rows;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
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
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CatalogReadModelTest {

    private static final String DISTRICT = "assessment-catalog-test";
    private static final String CONSUMER = "assessment-catalog";

    @Inject
    Catalog catalog;

    @Test
    void storesAFullSnapshotAndScoresAgainstItsScale() throws Throwable {
        Map<String, Object> foundations = CatalogSnapshots.minimal(1);
        CatalogSnapshots.publish(DISTRICT, foundations);
        Map<String, Object> full =
                CatalogSnapshots.full(UUID.fromString(CatalogSnapshots.competencyId(foundations, 0)));
        String id = CatalogSnapshots.frameworkId(full);

        UUID published = CatalogSnapshots.publish(DISTRICT, full);

        awaitProcessed(CONSUMER, published);
        assertThat(rowCounts(id)).containsExactlyInAnyOrderEntriesOf(CatalogSnapshots.FULL_ROWS);
        UUID ratio = UUID.fromString(CatalogSnapshots.competencyId(full, 1));
        ScaledCompetency scaled = VertxContextSupport.subscribeAndAwait(() -> catalog.competency(DISTRICT, ratio));
        assertThat(scaled.frameworkId()).hasToString(id);
        assertThat(scaled.levelCodes()).containsExactly("beginning", "developing", "proficient", "advanced");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> catalog.competency("another-district", ratio)))
                .isNull();
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
    void retirementMarksTheFrameworkAndKeepsItsCompetencies() throws Throwable {
        Map<String, Object> snapshot = CatalogSnapshots.full(UUID.randomUUID());
        String id = CatalogSnapshots.frameworkId(snapshot);
        CatalogSnapshots.publish(DISTRICT, snapshot);
        awaitFramework(id);
        int rowsBefore = rowVersions(id).size();

        awaitProcessed(CONSUMER, CatalogSnapshots.retire(DISTRICT, id, null));

        assertThat(rows("select retired_at from catalog.framework where id = ?::uuid", id)
                        .get(0)
                        .get("retired_at"))
                .isNotNull();
        assertThat(rowVersions(id)).hasSize(rowsBefore);
        UUID ratio = UUID.fromString(CatalogSnapshots.competencyId(snapshot, 1));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> catalog.competency(DISTRICT, ratio)))
                .isNotNull();
    }
}
