package org.proficio.progression.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.platform.inbox.UnreadableEventException;

/** The catalog read model's upsert: newer snapshots replace, older ones and foreign districts do not. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogServiceTest {

    private static final String DISTRICT = "catalog-district";
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 16, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime TUESDAY = MONDAY.plusDays(1);

    @Inject
    CatalogService catalog;

    private final UUID framework = UUID.randomUUID();
    private final UUID kept = UUID.randomUUID();
    private final UUID dropped = UUID.randomUUID();
    private final UUID added = UUID.randomUUID();

    @Test
    void replacesCompetenciesAndScaleWithANewerSnapshot() throws Throwable {
        apply(DISTRICT, snapshot(MONDAY, List.of(item(kept, "K", 0), item(dropped, "D", 1)), "beginning"));
        apply(DISTRICT, snapshot(TUESDAY, List.of(item(added, "A", 0), item(kept, "K2", 1)), "emerging"));

        assertThat(codes()).containsExactly("A", "K2");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> catalog.scale(DISTRICT, framework)))
                .extracting(l -> l.code)
                .containsExactly("emerging", "proficient");
    }

    @Test
    void ignoresAnOlderSnapshotArrivingLate() throws Throwable {
        apply(DISTRICT, snapshot(TUESDAY, List.of(item(kept, "K", 0)), "beginning"));
        apply(DISTRICT, snapshot(MONDAY, List.of(item(kept, "OLD", 0), item(dropped, "D", 1)), "beginning"));

        assertThat(codes()).containsExactly("K");
    }

    @Test
    void refusesAFrameworkIdOfAnotherDistrict() throws Throwable {
        apply(DISTRICT, snapshot(MONDAY, List.of(item(kept, "K", 0)), "beginning"));

        assertThatThrownBy(() -> apply("intruder-district", snapshot(TUESDAY, List.of(), "beginning")))
                .isInstanceOf(UnreadableEventException.class);
        assertThat(codes()).containsExactly("K");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> catalog.hasFramework("intruder-district", framework)))
                .isFalse();
    }

    private void apply(String district, FrameworkPublished snapshot) throws Throwable {
        // Hibernate Reactive needs a Vert.x context; the test thread has none.
        VertxContextSupport.subscribeAndAwait(() -> catalog.apply(district, snapshot));
    }

    private List<String> codes() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> catalog.competencies(DISTRICT, framework)).stream()
                .map(c -> c.code)
                .toList();
    }

    private FrameworkPublished snapshot(
            OffsetDateTime publishedAt, List<FrameworkPublished.Item> items, String lowestLevel) {
        return new FrameworkPublished(
                framework,
                "Catalog",
                "1.0",
                publishedAt,
                new FrameworkPublished.Scale(List.of(
                        new FrameworkPublished.Level(lowestLevel, lowestLevel, BigDecimal.ONE, false),
                        new FrameworkPublished.Level("proficient", "Proficient", BigDecimal.valueOf(3), true))),
                items);
    }

    private static FrameworkPublished.Item item(UUID id, String code, int position) {
        return new FrameworkPublished.Item(id, code, "Statement of " + code, null, position);
    }
}
