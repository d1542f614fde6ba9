package org.proficio.progression.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.progression.Fixtures;

/**
 * A policy change over a large district (issue 10: recompute 1,000,000 stored scores over 100,000 learner ×
 * competency pairs in under 60 s), with real PostgreSQL and Kafka: 10,000 learners × 10 competencies × 10 scores
 * (1–4, observed on different days) are written straight into {@code mastery_score}, and every pair gets a standing
 * that has not been judged yet. Timed, through the HTTP API, one after the other:
 *
 * <ol>
 *   <li>the baseline: PostgreSQL alone reading the same million scores, grouped by pair ({@code count}, {@code avg});
 *   <li>a first district policy (MEAN): every one of the 100,000 standings changes status, with a decision and its
 *       events each: the worst case;
 *   <li>the dry run of a second (DECAYING_AVERAGE, with two pieces of evidence required);
 *   <li>applying it: asserted to change exactly what its dry run announced.
 * </ol>
 *
 * Not run by default: {@code ./mvnw -pl progression-service verify -Dbenchmark -Dtest=PolicyRecomputeBenchmark};
 * prints a table and writes {@code target/benchmark-policy-recompute.txt}.
 */
@QuarkusTest
@TestProfile(PolicyRecomputeBenchmark.ProductionBatches.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PolicyRecomputeBenchmark {

    private static final String DISTRICT = "recompute";
    private static final int LEARNERS = Integer.getInteger("benchmark.learners", 10_000);
    private static final int COMPETENCIES = 10;
    private static final int SCORES = 10;

    /** The test profile judges in batches of two (to cross batch boundaries); this one as in production. */
    public static class ProductionBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "proficio.policy.recompute-batch",
                    System.getProperty("benchmark.batch", "1000"),
                    "quarkus.http.test-timeout",
                    "10m");
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void recomputeAMillionScores() throws Exception {
        UUID framework = UUID.randomUUID();
        Map<UUID, String> codes = new LinkedHashMap<>();
        for (int c = 1; c <= COMPETENCIES; c++) {
            codes.put(UUID.randomUUID(), "R." + c);
        }
        Fixtures.publishFramework(DISTRICT, framework, codes);
        CatalogTables.awaitFramework(framework.toString());
        seed(framework, codes.keySet());
        long pairs = (long) LEARNERS * COMPETENCIES;
        long scores = pairs * SCORES;
        assertThat(CatalogTables.count("select count(*) from mastery_score where district = ?", DISTRICT))
                .isEqualTo(scores);

        long start = System.nanoTime();
        long grouped = CatalogTables.count(
                "select count(*) from (select learner_id, competency_id, count(*), avg(score)"
                        + " from mastery_score where district = ? group by learner_id, competency_id) pairs",
                DISTRICT);
        long baseline = millisSince(start);
        assertThat(grouped).isEqualTo(pairs);

        start = System.nanoTime();
        JsonPath first = put(Map.of("algorithm", "MEAN"));
        long firstApply = millisSince(start);
        assertThat(first.getLong("judged")).isEqualTo(pairs);
        assertThat(first.getLong("changed")).isEqualTo(pairs);

        // The relay publishes the first change's events after its commit: let it finish before timing the second.
        start = System.nanoTime();
        await().atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> CatalogTables.count("select count(*) from outbox_event where published_at is null") == 0);
        long drained = millisSince(start);
        long events = CatalogTables.count("select count(*) from outbox_event where district = ?", DISTRICT);

        Map<String, Object> second = Map.of("algorithm", "DECAYING_AVERAGE", "minEvidence", 2);
        start = System.nanoTime();
        JsonPath dryRun = given().contentType(ContentType.JSON)
                .body(second)
                .post("/api/v1/mastery-policies/district/dry-run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long dryRunMillis = millisSince(start);
        start = System.nanoTime();
        JsonPath applied = put(second);
        long secondApply = millisSince(start);
        assertThat(applied.getLong("judged")).isEqualTo(pairs);
        assertThat(applied.getLong("changed")).isEqualTo(dryRun.getLong("changed"));
        assertThat(applied.getLong("up")).isEqualTo(dryRun.getLong("up"));
        assertThat(applied.getLong("down")).isEqualTo(dryRun.getLong("down"));
        assertThat(applied.getLong("valuesChanged")).isEqualTo(dryRun.getLong("valuesChanged"));

        String table = String.format(
                "%,d scores over %,d learner × competency pairs%n"
                        + "| step | time | changed |%n|---|---|---|%n"
                        + "| baseline: PostgreSQL groups the scores by pair | %,d ms | |%n"
                        + "| first policy (MEAN), every standing judged for the first time | %,d ms | %,d |%n"
                        + "| its %,d events published to Kafka, after the commit | %,d ms | |%n"
                        + "| dry run of DECAYING_AVERAGE (min. 2 pieces) | %,d ms | %,d (+%,d values only) |%n"
                        + "| applying it | %,d ms | %,d (+%,d values only) |%n",
                scores,
                pairs,
                baseline,
                firstApply,
                first.getLong("changed"),
                events,
                drained,
                dryRunMillis,
                dryRun.getLong("changed"),
                dryRun.getLong("valuesChanged"),
                secondApply,
                applied.getLong("changed"),
                applied.getLong("valuesChanged"));
        System.out.println(table);
        Files.writeString(Path.of("target/benchmark-policy-recompute.txt"), table, StandardCharsets.UTF_8);
    }

    private static JsonPath put(Map<String, Object> policy) {
        return given().contentType(ContentType.JSON)
                .body(policy)
                .put("/api/v1/mastery-policies/district")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The scores, and a standing per pair as the first piece of evidence would leave it before any judging. */
    private static void seed(UUID framework, Collection<UUID> competencies) {
        long written = CatalogTables.count(
                """
                with competency as (
                    select unnest(?::uuid[]) as id
                ), scored as (
                    insert into mastery_score (district, learner_id, competency_id, framework_id, evidence_id, score,
                        level, proficient, assessment_kind, observed_at, scored_at)
                    select ?, 'learner-' || lpad(l::text, 6, '0'), c.id, ?::uuid, gen_random_uuid(), s.score,
                        (array['beginning', 'developing', 'proficient', 'advanced'])[s.score], s.score >= 3,
                        case when e = ? then 'SUMMATIVE' else 'FORMATIVE' end,
                        now() - make_interval(days => 100 - e * 7, secs => l),
                        now()
                    from generate_series(1, ?) l
                    cross join competency c
                    cross join generate_series(1, ?) e
                    cross join lateral (select 1 + (hashtext(l || ':' || c.id || ':' || e) & 3) as score) s
                    returning 1
                )
                select count(*) from scored
                """,
                "{" + String.join(",", competencies.stream().map(UUID::toString).toList()) + "}",
                DISTRICT,
                framework.toString(),
                SCORES,
                LEARNERS,
                SCORES);
        assertThat(written).isEqualTo((long) LEARNERS * COMPETENCIES * SCORES);
        long standings = CatalogTables.count("""
                with standing as (
                    insert into mastery (id, district, learner_id, competency_id, framework_id, status,
                        computed_status, evidence_count, proficient_count, consecutive_non_proficient, updated_at,
                        moved_at)
                    select gen_random_uuid(), district, learner_id, competency_id, framework_id, 'NOT_STARTED',
                        'NOT_STARTED', 0, 0, 0, now(), now()
                    from mastery_score where district = ?
                    group by district, learner_id, competency_id, framework_id
                    returning 1
                )
                select count(*) from standing
                """, DISTRICT);
        assertThat(standings).isEqualTo((long) LEARNERS * COMPETENCIES);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
