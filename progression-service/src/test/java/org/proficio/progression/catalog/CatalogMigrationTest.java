package org.proficio.progression.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.ServiceDatabase;

/**
 * A database migrated by the releases before the shared catalog read model (V1, the catalog in public.catalog_*)
 * migrates with this service's Flyway configuration, and keeps its catalog rows.
 */
class CatalogMigrationTest {

    private static final List<String> BEFORE_THE_SHARED_CATALOG =
            List.of("classpath:db/platform", "classpath:db/migration");

    @Test
    void databaseOfAnEarlierReleaseKeepsItsCatalog() {
        try (ServiceDatabase database = new ServiceDatabase()) {
            database.migrate(BEFORE_THE_SHARED_CATALOG, "1", false);
            UUID framework = UUID.randomUUID();
            UUID competency = UUID.randomUUID();
            database.execute(
                    "insert into catalog_framework values (?, 'demo', 'Grade 6', '1.0', '2026-11-01T08:00:00Z', now())",
                    framework);
            database.execute(
                    "insert into catalog_competency values (?, ?, 'demo', '6.RP.A.1', 'A ratio', null, 0)",
                    competency,
                    framework);
            database.execute(
                    "insert into catalog_scale_level values (?, ?, 0, 'developing', 'Developing', 2, false),"
                            + " (?, ?, 1, 'proficient', 'Proficient', 3, true)",
                    UUID.randomUUID(),
                    framework,
                    UUID.randomUUID(),
                    framework);

            database.migrateAsConfigured();

            assertThat(database.appliedVersions())
                    .containsExactly(
                            "0.1", "0.1.1", "1", "0.2", "0.2.1", "0.2.2", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                            "11");
            assertThat(database.hasTable("public.catalog_framework")).isFalse();
            assertThat(database.hasTable("public.catalog_competency")).isFalse();
            assertThat(database.hasTable("public.catalog_scale_level")).isFalse();
            assertThat(database.rows("select id, district, identifier, origin from catalog.framework"))
                    .containsExactly(Map.of(
                            "id", framework, "district", "demo", "identifier", framework.toString(), "origin", "API"));
            assertThat(database.rows("select id, identifier, code, human_coding_scheme, kind from catalog.competency"))
                    .containsExactly(Map.of(
                            "id",
                            competency,
                            "identifier",
                            competency.toString(),
                            "code",
                            "6.RP.A.1",
                            "human_coding_scheme",
                            "6.RP.A.1",
                            "kind",
                            "ACADEMIC"));
            assertThat(database.rows("select district, code, proficient from catalog.scale_level order by position"))
                    .extracting(l -> l.get("district") + " " + l.get("code") + " " + l.get("proficient"))
                    .containsExactly("demo developing false", "demo proficient true");
        }
    }

    @Test
    void newDatabaseGetsOnlyTheSharedCatalog() {
        try (ServiceDatabase database = new ServiceDatabase()) {
            database.migrateAsConfigured();

            assertThat(database.appliedVersions())
                    .containsExactly(
                            "0.1", "0.1.1", "0.2", "0.2.1", "0.2.2", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                            "11");
            assertThat(database.hasTable("catalog.framework")).isTrue();
            assertThat(database.hasTable("public.catalog_framework")).isFalse();
        }
    }

    @Test
    void standingsOfAnEarlierReleaseKeepTheirScoresForPoliciesToJudge() {
        try (ServiceDatabase database = new ServiceDatabase()) {
            database.migrate(
                    List.of("classpath:db/platform", "classpath:db/catalog", "classpath:db/migration"), "2", true);
            UUID framework = UUID.randomUUID();
            UUID competency = UUID.randomUUID();
            UUID evidence = UUID.randomUUID();
            database.execute(
                    "insert into mastery values (?, 'demo', 's-0001', ?, ?, 'MASTERED', 1, 1, 0, 'advanced', ?,"
                            + " '2026-11-20T10:00:00Z', 1)",
                    UUID.randomUUID(),
                    competency,
                    framework,
                    evidence);
            database.execute(
                    "insert into mastery_decision values (?, 'demo', 's-0001', ?, ?, ?, 'advanced', true,"
                            + " 'NOT_STARTED', 'MASTERED', 0, 1, 'Mastered', '2026-11-20T10:00:00Z')",
                    UUID.randomUUID(),
                    competency,
                    framework,
                    evidence);

            database.migrateAsConfigured();

            assertThat(database.rows("select evidence_id, score, level, proficient from mastery_score"))
                    .containsExactly(Map.of(
                            "evidence_id",
                            evidence,
                            "score",
                            new BigDecimal("4"),
                            "level",
                            "advanced",
                            "proficient",
                            true));
            assertThat(database.rows("select status, computed_status, policy_version from mastery"))
                    .containsExactly(Map.of("status", "MASTERED", "computed_status", "MASTERED", "policy_version", 0));
            assertThat(database.rows("select cause, inputs from mastery_decision"))
                    .containsExactly(Map.of("cause", "EVIDENCE", "inputs", "[]"));
        }
    }
}
