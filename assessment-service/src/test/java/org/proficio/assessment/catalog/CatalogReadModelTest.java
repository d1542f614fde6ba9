package org.proficio.assessment.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.Channels;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.CompetencyEvents.Sent;
import org.proficio.assessment.testing.FrameworkSnapshots;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/** The catalog read model, fed through a real Kafka broker the way the competency-service feeds it. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CatalogReadModelTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);
    private static final String DLQ = Topics.deadLetters("assessment");

    private static CompetencyEvents events;

    @BeforeAll
    static void producer() {
        events = new CompetencyEvents();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Test
    void buildsFrameworkCompetenciesAndScaleFromFrameworkPublished() {
        Map<String, Object> snapshot = FrameworkSnapshots.framework(3);
        String frameworkId = FrameworkSnapshots.frameworkId(snapshot);

        events.frameworkPublished("demo", snapshot);

        awaitFramework(frameworkId);
        assertThat(TestDatabase.rows(
                        "select district, title, version from catalog_framework where id = ?::uuid", frameworkId))
                .containsExactly(Map.of("district", "demo", "title", snapshot.get("title"), "version", "1.0"));
        List<Map<String, Object>> competencies = TestDatabase.rows(
                "select id::text, district, code, parent_id::text as parent from catalog_competency"
                        + " where framework_id = ?::uuid order by position",
                frameworkId);
        assertThat(competencies).extracting(c -> c.get("code")).containsExactly("C.0", "C.1", "C.2");
        assertThat(competencies).extracting(c -> c.get("district")).containsOnly("demo");
        assertThat(competencies)
                .extracting(c -> c.get("parent"))
                .containsExactly(
                        null, competencies.get(0).get("id"), competencies.get(0).get("id"));
        assertThat(TestDatabase.rows(
                        "select code, score::int as score, proficient from catalog_scale_level"
                                + " where framework_id = ?::uuid order by position",
                        frameworkId))
                .containsExactly(
                        Map.of("code", "beginning", "score", 1, "proficient", false),
                        Map.of("code", "developing", "score", 2, "proficient", false),
                        Map.of("code", "proficient", "score", 3, "proficient", true),
                        Map.of("code", "advanced", "score", 4, "proficient", true));
    }

    @Test
    void sameEventDeliveredTwiceChangesNothingTheSecondTime() {
        Map<String, Object> snapshot = FrameworkSnapshots.framework(2);
        String frameworkId = FrameworkSnapshots.frameworkId(snapshot);
        UUID eventId = UUID.randomUUID();
        Sent first = events.frameworkPublished(eventId, "demo", snapshot, null);
        awaitFramework(frameworkId);
        List<Map<String, Object>> before = rowVersions(frameworkId);

        // The same record again (a redelivery); then a copy under the same id whose content differs, which only
        // the inbox's record of applied ids can stop (an upsert of identical data would change nothing anyway);
        // then a marker behind them on the same partition: once it is applied, both have been consumed.
        events.frameworkPublished(eventId, "demo", snapshot, first.partition());
        snapshot.put("title", "Must not be applied");
        snapshot.put("publishedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        events.frameworkPublished(eventId, "demo", snapshot, first.partition());
        Map<String, Object> marker = FrameworkSnapshots.framework(1);
        events.frameworkPublished(UUID.randomUUID(), "demo", marker, first.partition());
        awaitFramework(FrameworkSnapshots.frameworkId(marker));

        assertThat(rowVersions(frameworkId)).isEqualTo(before);
        assertThat(TestDatabase.rows("select title from catalog_framework where id = ?::uuid", frameworkId))
                .extracting(r -> r.get("title"))
                .containsExactly("Framework " + frameworkId);
    }

    @Test
    void republishedIdenticalSnapshotChangesNoRow() {
        Map<String, Object> snapshot = FrameworkSnapshots.framework(3);
        String frameworkId = FrameworkSnapshots.frameworkId(snapshot);
        Sent first = events.frameworkPublished("demo", snapshot);
        awaitFramework(frameworkId);
        List<Map<String, Object>> before = rowVersions(frameworkId);

        UUID again = events.frameworkPublished(UUID.randomUUID(), "demo", snapshot, first.partition())
                .eventId();
        await().atMost(APPLIED_WITHIN).until(() -> processed(again));

        assertThat(rowVersions(frameworkId)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    @Test
    void newerSnapshotReplacesWhatChanged() {
        Map<String, Object> snapshot = FrameworkSnapshots.framework(3);
        String frameworkId = FrameworkSnapshots.frameworkId(snapshot);
        Sent first = events.frameworkPublished("demo", snapshot);
        awaitFramework(frameworkId);
        String kept = FrameworkSnapshots.competencyId(snapshot, 0);
        String dropped = FrameworkSnapshots.competencyId(snapshot, 2);
        String keptVersion = (String) rowVersions(frameworkId).stream()
                .filter(r -> kept.equals(r.get("id")))
                .findFirst()
                .orElseThrow()
                .get("xmin");

        List<Map<String, Object>> competencies = FrameworkSnapshots.competencies(snapshot);
        competencies.get(1).put("statement", "Reworded statement");
        competencies.remove(2);
        snapshot.put("title", "Retitled");
        snapshot.put("publishedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        UUID update = events.frameworkPublished(UUID.randomUUID(), "demo", snapshot, first.partition())
                .eventId();
        await().atMost(APPLIED_WITHIN).until(() -> processed(update));

        assertThat(TestDatabase.rows("select title from catalog_framework where id = ?::uuid", frameworkId))
                .containsExactly(Map.of("title", "Retitled"));
        assertThat(TestDatabase.rows(
                        "select id::text, statement from catalog_competency where framework_id = ?::uuid"
                                + " order by position",
                        frameworkId))
                .extracting(r -> r.get("statement"))
                .containsExactly("Statement of C.0", "Reworded statement");
        assertThat(TestDatabase.count("select count(*) from catalog_competency where id = ?::uuid", dropped))
                .isZero();
        assertThat(rowVersions(frameworkId).stream()
                        .filter(r -> kept.equals(r.get("id")))
                        .findFirst()
                        .orElseThrow()
                        .get("xmin"))
                .as("an unchanged competency is not rewritten")
                .isEqualTo(keptVersion);
    }

    @Test
    void olderSnapshotDoesNotOverwriteNewerOne() {
        Map<String, Object> snapshot = FrameworkSnapshots.framework(1);
        String frameworkId = FrameworkSnapshots.frameworkId(snapshot);
        Sent first = events.frameworkPublished("demo", snapshot);
        awaitFramework(frameworkId);

        snapshot.put("title", "Stale title");
        snapshot.put("publishedAt", "2020-01-01T00:00:00Z");
        UUID stale = events.frameworkPublished(UUID.randomUUID(), "demo", snapshot, first.partition())
                .eventId();
        await().atMost(APPLIED_WITHIN).until(() -> processed(stale));

        assertThat(TestDatabase.rows("select title from catalog_framework where id = ?::uuid", frameworkId))
                .extracting(r -> r.get("title"))
                .containsExactly("Framework " + frameworkId);
    }

    @Test
    void unreadableRecordsGoToDeadLettersAndLaterEventsStillApply() {
        String notCloudEvent = "not-a-cloud-event-" + UUID.randomUUID();
        Sent garbage = events.send(null, notCloudEvent, "{{{ garbage", null);
        String notJson = "not-json-" + UUID.randomUUID();
        events.send(
                garbage.partition(),
                notJson,
                "this is not JSON",
                CompetencyEvents.cloudEvent(UUID.randomUUID(), EventTypes.FRAMEWORK_PUBLISHED, notJson, "demo"));
        String incomplete = "incomplete-" + UUID.randomUUID();
        events.send(
                garbage.partition(),
                incomplete,
                "{\"frameworkId\": \"" + UUID.randomUUID() + "\", \"title\": \"No scale\"}",
                CompetencyEvents.cloudEvent(UUID.randomUUID(), EventTypes.FRAMEWORK_PUBLISHED, incomplete, "demo"));
        String badTime = "bad-time-" + UUID.randomUUID();
        RecordHeaders malformedTime =
                CompetencyEvents.cloudEvent(UUID.randomUUID(), EventTypes.FRAMEWORK_PUBLISHED, badTime, "demo");
        malformedTime.remove("ce_time");
        malformedTime.add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));
        events.send(
                garbage.partition(), badTime, CompetencyEvents.json(FrameworkSnapshots.framework(1)), malformedTime);
        Map<String, Object> good = FrameworkSnapshots.framework(1);
        events.frameworkPublished(UUID.randomUUID(), "demo", good, garbage.partition());

        awaitFramework(FrameworkSnapshots.frameworkId(good));
        TopicReader reader = new TopicReader(KafkaTestResource.bootstrapServers());
        for (String key : List.of(notCloudEvent, notJson, incomplete, badTime)) {
            List<TopicRecord> dead = reader.awaitRecords(DLQ, r -> key.equals(r.key()), APPLIED_WITHIN);
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).headers()).containsKey("dead-letter-reason");
        }
    }

    @Test
    void ignoresOtherEventTypesWithoutDeadLettering() {
        String key = "retired-" + UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Sent retired = events.send(
                null,
                key,
                "{\"anything\": true}",
                CompetencyEvents.cloudEvent(other, "org.proficio.competency.framework-retired.v1", key, "demo"));
        Map<String, Object> marker = FrameworkSnapshots.framework(1);
        events.frameworkPublished(UUID.randomUUID(), "demo", marker, retired.partition());
        awaitFramework(FrameworkSnapshots.frameworkId(marker));

        assertThat(processed(other)).isFalse();
        assertThat(new TopicReader(KafkaTestResource.bootstrapServers()).readAll(DLQ))
                .noneMatch(r -> key.equals(r.key()));
    }

    private static void awaitFramework(String frameworkId) {
        await().atMost(APPLIED_WITHIN)
                .until(() ->
                        TestDatabase.count("select count(*) from catalog_framework where id = ?::uuid", frameworkId)
                                == 1);
    }

    private static boolean processed(UUID eventId) {
        return TestDatabase.count(
                        "select count(*) from processed_event where consumer = ? and event_id = ?::uuid",
                        Channels.CATALOG_CONSUMER,
                        eventId.toString())
                == 1;
    }

    /** Every row of the framework with its xmin: any write to a row, even of the same values, changes it. */
    private static List<Map<String, Object>> rowVersions(String frameworkId) {
        return TestDatabase.rows(
                "select 'framework' as t, id::text, xmin::text from catalog_framework where id = ?::uuid"
                        + " union all select 'competency', id::text, xmin::text from catalog_competency"
                        + " where framework_id = ?::uuid"
                        + " union all select 'level', id::text, xmin::text from catalog_scale_level"
                        + " where framework_id = ?::uuid order by 1, 2",
                frameworkId,
                frameworkId,
                frameworkId);
    }
}
