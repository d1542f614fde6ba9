package org.proficio.assessment.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.ServiceDatabase;

/**
 * A database migrated by the releases before the shared catalog read model (V1..V3, the catalog in public.catalog_*)
 * migrates with this service's Flyway configuration, and keeps its catalog rows.
 */
class CatalogMigrationTest {

    private static final List<String> BEFORE_THE_SHARED_CATALOG =
            List.of("classpath:db/platform", "classpath:db/migration");

    @Test
    void databaseOfAnEarlierReleaseKeepsItsCatalog() {
        try (ServiceDatabase database = new ServiceDatabase()) {
            database.migrate(BEFORE_THE_SHARED_CATALOG, "3", false);
            UUID framework = UUID.randomUUID();
            UUID root = UUID.randomUUID();
            UUID child = UUID.randomUUID();
            database.execute(
                    "insert into catalog_framework values (?, 'demo', 'Grade 6', '1.0', '2026-11-01T08:00:00Z')",
                    framework);
            database.execute(
                    "insert into catalog_competency values (?, ?, 'demo', '6.RP', 'Ratios', null, 0),"
                            + " (?, ?, 'demo', '6.RP.A.1', 'A ratio', ?, 1)",
                    root,
                    framework,
                    child,
                    framework,
                    root);
            database.execute(
                    "insert into catalog_scale_level values (?, ?, 'demo', 'developing', 'Developing', 2, false, 0),"
                            + " (?, ?, 'demo', 'proficient', 'Proficient', 3, true, 1)",
                    UUID.randomUUID(),
                    framework,
                    UUID.randomUUID(),
                    framework);

            database.migrateAsConfigured();

            assertThat(database.appliedVersions())
                    .startsWith("0.1", "0.1.1", "1", "2", "3", "0.2", "0.2.1", "0.2.2", "4");
            assertThat(database.hasTable("public.catalog_framework")).isFalse();
            assertThat(database.hasTable("public.catalog_competency")).isFalse();
            assertThat(database.hasTable("public.catalog_scale_level")).isFalse();
            assertThat(database.rows("select id, district, identifier, title, origin from catalog.framework"))
                    .containsExactly(Map.of(
                            "id", framework,
                            "district", "demo",
                            "identifier", framework.toString(),
                            "title", "Grade 6",
                            "origin", "API"));
            assertThat(database.rows("select identifier, code, human_coding_scheme, parent_id, kind"
                            + " from catalog.competency order by position"))
                    .extracting(c -> c.get("code") + " " + c.get("human_coding_scheme") + " " + c.get("kind") + " "
                            + c.get("parent_id"))
                    .containsExactly("6.RP 6.RP ACADEMIC null", "6.RP.A.1 6.RP.A.1 ACADEMIC " + root);
            assertThat(database.rows("select code, proficient from catalog.scale_level order by position"))
                    .extracting(l -> l.get("code") + " " + l.get("proficient"))
                    .containsExactly("developing false", "proficient true");
        }
    }

    @Test
    void newDatabaseGetsOnlyTheSharedCatalog() {
        try (ServiceDatabase database = new ServiceDatabase()) {
            database.migrateAsConfigured();

            assertThat(database.appliedVersions())
                    .startsWith("0.1", "0.1.1", "0.2", "0.2.1", "0.2.2", "1", "2", "3", "4");
            assertThat(database.hasTable("catalog.framework")).isTrue();
            assertThat(database.hasTable("public.catalog_framework")).isFalse();
        }
    }
}
