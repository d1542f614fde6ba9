package org.proficio.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.proficio.catalog.testing.CatalogTables.APPLIED_WITHIN;
import static org.proficio.catalog.testing.CatalogTables.awaitFramework;
import static org.proficio.catalog.testing.CatalogTables.awaitProcessed;
import static org.proficio.catalog.testing.CatalogTables.countOf;
import static org.proficio.catalog.testing.CatalogTables.rowCounts;
import static org.proficio.catalog.testing.CatalogTables.rowVersions;
import static org.proficio.catalog.testing.CatalogTables.rows;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/** The catalog read model, fed through a real Kafka broker the way the competency-service feeds it. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogReadModelTest {

    private static final String DISTRICT = "catalog-readmodel-test";
    private static final String CONSUMER = "catalog-test";
    private static final String DLQ = "proficio.catalog-test.dlq";

    @Test
    void storesEveryFieldOfAFullSnapshotWithACrossFrameworkPrerequisite() {
        Map<String, Object> foundations = CatalogSnapshots.minimal(1);
        String foreign = CatalogSnapshots.competencyId(foundations, 0);
        CatalogSnapshots.publish(DISTRICT, foundations);
        Map<String, Object> full = CatalogSnapshots.full(UUID.fromString(foreign));
        String id = CatalogSnapshots.frameworkId(full);

        CatalogSnapshots.publish(DISTRICT, full);

        awaitFramework(id);
        assertThat(rows(
                        "select district, identifier, title, version, supersedes::text, subjects, education_levels,"
                                + " language, origin, retired_at from catalog.framework where id = ?::uuid",
                        id))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.get("district")).isEqualTo(DISTRICT);
                    assertThat(f.get("identifier")).isEqualTo(full.get("identifier"));
                    assertThat(f.get("title")).isEqualTo("Mathematics Grade 6");
                    assertThat(f.get("version")).isEqualTo("2.0");
                    assertThat(f.get("supersedes")).isEqualTo(full.get("supersedes"));
                    assertThat(f.get("subjects")).isEqualTo("[\"Mathematics\"]");
                    assertThat(f.get("education_levels")).isEqualTo("[\"06\"]");
                    assertThat(f.get("language")).isEqualTo("en");
                    assertThat(f.get("origin")).isEqualTo("CASE");
                    assertThat(f.get("retired_at")).isNull();
                });

        List<Map<String, Object>> competencies = CatalogSnapshots.list(full, "competencies");
        assertThat(rows(
                        "select id::text, identifier, code, human_coding_scheme, abbreviated_statement,"
                                + " parent_id::text as parent, kind, item_type, education_levels, keywords"
                                + " from catalog.competency where framework_id = ?::uuid order by position",
                        id))
                .containsExactly(
                        competencyRow(competencies.get(0), null, "[]"),
                        competencyRow(competencies.get(1), "Ratios", "[\"ratio\",\"rate\"]"),
                        competencyRow(competencies.get(2), null, "[]"),
                        competencyRow(competencies.get(3), null, "[]"));
        assertThat(rows(
                        "select code from catalog.competency where id = ?::uuid",
                        competencies.get(2).get("id")))
                .as("without a humanCodingScheme the code is the identifier")
                .containsExactly(Map.of("code", competencies.get(2).get("identifier")));

        assertThat(rows(
                        "select code, description from catalog.scale_level where framework_id = ?::uuid"
                                + " order by position",
                        id))
                .extracting(l -> l.get("code") + ": " + l.get("description"))
                .containsExactly(
                        "beginning: Work at the beginning level.",
                        "developing: Work at the developing level.",
                        "proficient: Work at the proficient level.",
                        "advanced: Work at the advanced level.");

        assertThat(rows(
                        "select competency_id::text as c, prerequisite_id::text as p from catalog.prerequisite"
                                + " where framework_id = ?::uuid",
                        id))
                .containsExactlyInAnyOrder(
                        Map.of(
                                "c",
                                competencies.get(2).get("id"),
                                "p",
                                competencies.get(1).get("id")),
                        Map.of("c", competencies.get(1).get("id"), "p", foreign));

        Map<String, Object> rubric = CatalogSnapshots.list(full, "rubrics").get(0);
        assertThat(rows("select id::text, title from catalog.rubric where framework_id = ?::uuid", id))
                .containsExactly(Map.of("id", rubric.get("id"), "title", "Ratio reasoning"));
        List<Map<String, Object>> criteria = rows(
                "select id::text, rubric_id::text as rubric, competency_id::text as competency, description, weight"
                        + " from catalog.rubric_criterion where framework_id = ?::uuid order by position",
                id);
        assertThat(criteria).extracting(c -> c.get("rubric")).containsOnly(rubric.get("id"));
        assertThat(criteria)
                .extracting(c -> c.get("competency"))
                .containsExactly(competencies.get(1).get("id"), null);
        assertThat(criteria)
                .extracting(c -> c.get("description"))
                .containsExactly("Explains ratios", "Presents clearly");
        assertThat((BigDecimal) criteria.get(0).get("weight")).isEqualByComparingTo("2");
        assertThat(criteria.get(1).get("weight")).isNull();
        assertThat(rows(
                        "select l.scale_level, l.quality, l.description, l.score::int as score"
                                + " from catalog.rubric_level l where l.criterion_id = ?::uuid order by l.position",
                        criteria.get(0).get("id")))
                .extracting(l -> l.get("scale_level") + "/" + l.get("quality") + "/" + l.get("score"))
                .containsExactly(
                        "beginning/Quality 1/1",
                        "developing/Quality 2/2",
                        "proficient/Quality 3/3",
                        "advanced/Quality 4/4");
        assertThat(rows(
                        "select scale_level, quality, description, score from catalog.rubric_level"
                                + " where criterion_id = ?::uuid order by position",
                        criteria.get(1).get("id")))
                .extracting(l -> l.get("scale_level") + "/" + l.get("quality") + "/" + l.get("description") + "/"
                        + l.get("score"))
                .containsExactly("null/Unclear/null/null", "null/Clear/Easy to follow/null");

        assertThat(rows(
                        "select competency_id::text as competency, title, url, modality, expected_minutes"
                                + " from catalog.learning_resource where framework_id = ?::uuid order by position",
                        id))
                .extracting(r -> r.get("competency") + " " + r.get("title") + " " + r.get("url") + " "
                        + r.get("modality") + " " + r.get("expected_minutes"))
                .containsExactly(
                        competencies.get(1).get("id")
                                + " Ratios in the kitchen https://resources.example.org/ratios video 15",
                        competencies.get(2).get("id")
                                + " Modelling cycle https://resources.example.org/modelling reading null");

        Map<String, Object> course = CatalogSnapshots.list(full, "courses").get(0);
        assertThat(rows(
                        "select course_id::text as course, code, title, credits, competency_ids from catalog.course"
                                + " where framework_id = ?::uuid",
                        id))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.get("course")).isEqualTo(course.get("id"));
                    assertThat(c.get("code")).isEqualTo("MATH-6");
                    assertThat(c.get("title")).isEqualTo("Mathematics 6");
                    assertThat((BigDecimal) c.get("credits")).isEqualByComparingTo("1.5");
                    assertThat((String) c.get("competency_ids"))
                            .contains(
                                    (String) competencies.get(1).get("id"),
                                    (String) competencies.get(2).get("id"),
                                    foreign);
                });
        assertThat(rows("select district from catalog.rubric_level where framework_id = ?::uuid", id))
                .hasSize(6)
                .extracting(r -> r.get("district"))
                .containsOnly(DISTRICT);
    }

    @Test
    void snapshotWithoutTheCaseFieldsGetsTheDefaultsTheCompetencyServiceUsedThen() {
        Map<String, Object> snapshot = CatalogSnapshots.minimal(2);
        String id = CatalogSnapshots.frameworkId(snapshot);

        CatalogSnapshots.publish(DISTRICT, snapshot);

        awaitFramework(id);
        assertThat(rows("select identifier, origin, subjects from catalog.framework where id = ?::uuid", id))
                .containsExactly(Map.of("identifier", id, "origin", "API", "subjects", "[]"));
        assertThat(rows(
                        "select id::text, identifier, code, kind, keywords from catalog.competency"
                                + " where framework_id = ?::uuid order by position",
                        id))
                .extracting(c -> c.get("identifier").equals(c.get("id")) + " " + c.get("code") + " " + c.get("kind")
                        + " " + c.get("keywords"))
                .containsExactly("true C.0 ACADEMIC []", "true C.1 ACADEMIC []");
        assertThat(countOf("rubric", id) + countOf("learning_resource", id) + countOf("course", id))
                .isZero();
    }

    @Test
    void sameEventDeliveredTwiceChangesNothingTheSecondTime() {
        Map<String, Object> snapshot = fullSnapshot();
        String id = CatalogSnapshots.frameworkId(snapshot);
        UUID eventId = UUID.randomUUID();
        CatalogSnapshots.publish(eventId, DISTRICT, snapshot);
        awaitFramework(id);
        List<Map<String, Object>> before = rowVersions(id);

        // The same record again (a redelivery); then a copy under the same id whose content differs, which only the
        // inbox's record of applied ids can stop; then a marker behind them on the same partition (same key): once
        // it is recorded, both have been consumed.
        CatalogSnapshots.publish(eventId, DISTRICT, snapshot);
        snapshot.put("title", "Must not be applied");
        snapshot.put("publishedAt", CatalogSnapshots.now());
        CatalogSnapshots.publish(eventId, DISTRICT, snapshot);
        awaitProcessed(CONSUMER, marker(id));

        assertThat(rowVersions(id)).isEqualTo(before);
        assertThat(rows("select title from catalog.framework where id = ?::uuid", id))
                .containsExactly(Map.of("title", "Mathematics Grade 6"));
    }

    @Test
    void republishedIdenticalSnapshotChangesNoRow() {
        Map<String, Object> snapshot = fullSnapshot();
        String id = CatalogSnapshots.frameworkId(snapshot);
        CatalogSnapshots.publish(DISTRICT, snapshot);
        awaitFramework(id);
        List<Map<String, Object>> before = rowVersions(id);

        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));

        assertThat(rowVersions(id)).hasSize(1 + 4 + 4 + 2 + 1 + 2 + 6 + 2 + 1).isEqualTo(before);
    }

    @Test
    void olderSnapshotDeliveredAfterANewerOneChangesNothing() {
        Map<String, Object> snapshot = fullSnapshot();
        String id = CatalogSnapshots.frameworkId(snapshot);
        CatalogSnapshots.publish(DISTRICT, snapshot);
        awaitFramework(id);
        List<Map<String, Object>> before = rowVersions(id);

        snapshot.put("title", "Stale title");
        snapshot.put("publishedAt", "2020-01-01T00:00:00Z");
        CatalogSnapshots.list(snapshot, "competencies").remove(3);
        CatalogSnapshots.list(snapshot, "courses").clear();
        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));

        assertThat(rowVersions(id)).isEqualTo(before);
        assertThat(rows("select title from catalog.framework where id = ?::uuid", id))
                .containsExactly(Map.of("title", "Mathematics Grade 6"));
    }

    @Test
    void newerSnapshotWritesOnlyWhatChanged() {
        Map<String, Object> snapshot = fullSnapshot();
        String id = CatalogSnapshots.frameworkId(snapshot);
        CatalogSnapshots.publish(DISTRICT, snapshot);
        awaitFramework(id);
        Map<String, String> before = versionsById(id);

        List<Map<String, Object>> competencies = CatalogSnapshots.list(snapshot, "competencies");
        String cluster = (String) competencies.get(0).get("id");
        String ratio = (String) competencies.get(1).get("id");
        String dropped = (String) competencies.remove(3).get("id");
        competencies.get(1).put("statement", "Reworded statement");
        Map<String, Object> rubric = CatalogSnapshots.list(snapshot, "rubrics").get(0);
        List<Map<String, Object>> criteria = CatalogSnapshots.list(rubric, "criteria");
        String droppedCriterion = (String) criteria.remove(1).get("id");
        CatalogSnapshots.list(criteria.get(0), "levels").get(3).put("description", "Ratios, beyond the standard");
        CatalogSnapshots.list(snapshot, "resources").remove(1);
        CatalogSnapshots.list(snapshot, "courses").get(0).put("credits", 2);
        snapshot.put("publishedAt", CatalogSnapshots.now());
        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));

        assertThat(rows(
                        "select id::text, statement from catalog.competency where framework_id = ?::uuid"
                                + " order by position",
                        id))
                .extracting(c -> c.get("statement"))
                .containsExactly(
                        "Understand ratio concepts.", "Reworded statement", "Model a real situation with mathematics.");
        assertThat(CatalogTables.count("select count(*) from catalog.competency where id = ?::uuid", dropped))
                .isZero();
        assertThat(CatalogTables.count(
                        "select count(*) from catalog.rubric_level where criterion_id = ?::uuid", droppedCriterion))
                .isZero();
        assertThat(countOf("rubric_criterion", id)).isEqualTo(1);
        assertThat(countOf("learning_resource", id)).isEqualTo(1);
        assertThat(rows(
                        "select description from catalog.rubric_level where framework_id = ?::uuid and position = 3",
                        id))
                .containsExactly(Map.of("description", "Ratios, beyond the standard"));
        assertThat((BigDecimal) rows("select credits from catalog.course where framework_id = ?::uuid", id)
                        .get(0)
                        .get("credits"))
                .isEqualByComparingTo("2");

        Map<String, String> after = versionsById(id);
        assertThat(after.get(cluster))
                .as("an unchanged competency is not rewritten")
                .isEqualTo(before.get(cluster));
        assertThat(after.get(ratio)).as("a changed competency is").isNotEqualTo(before.get(ratio));
        assertThat(after.get((String) rubric.get("id")))
                .as("an unchanged rubric")
                .isEqualTo(before.get(rubric.get("id")));
        assertThat(after.get((String) criteria.get(0).get("id")))
                .as("an unchanged criterion (only a level of it changed)")
                .isEqualTo(before.get(criteria.get(0).get("id")));
        for (Map<String, Object> level :
                rows("select id::text from catalog.scale_level where framework_id = ?::uuid", id)) {
            assertThat(after.get((String) level.get("id"))).isEqualTo(before.get(level.get("id")));
        }
    }

    @Test
    void retirementMarksTheFrameworkRetiredAndKeepsItsRows() {
        Map<String, Object> snapshot = fullSnapshot();
        String id = CatalogSnapshots.frameworkId(snapshot);
        CatalogSnapshots.publish(DISTRICT, snapshot);
        awaitFramework(id);
        long rowsBefore = rowVersions(id).size();
        String successor = UUID.randomUUID().toString();
        Map<String, Object> retirement = CatalogSnapshots.retired(id, successor);

        awaitProcessed(CONSUMER, retire(retirement));

        List<Map<String, Object>> framework = rows(
                "select retired_at, superseded_by::text as successor from catalog.framework where id = ?::uuid", id);
        assertThat(framework.get(0).get("retired_at")).isNotNull();
        assertThat(framework.get(0).get("successor")).isEqualTo(successor);
        assertThat(rowVersions(id)).hasSize((int) rowsBefore);

        // The same retirement again under a new id, and the same snapshot again: nothing changes, it stays retired.
        List<Map<String, Object>> retired = rowVersions(id);
        awaitProcessed(CONSUMER, retire(retirement));
        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));
        assertThat(rowVersions(id)).isEqualTo(retired);
    }

    @Test
    void retirementDeliveredBeforeTheSnapshotRetiresTheFrameworkWhenItArrives() {
        Map<String, Object> snapshot = fullSnapshot();
        String id = CatalogSnapshots.frameworkId(snapshot);
        String successor = UUID.randomUUID().toString();
        Map<String, Object> retirement = CatalogSnapshots.retired(id, successor);

        awaitProcessed(CONSUMER, retire(retirement));
        assertThat(countOf("framework", id)).isZero();
        assertThat(pendingRetirements(id)).isEqualTo(1);

        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));
        List<Map<String, Object>> framework = rows(
                "select retired_at, superseded_by::text as successor from catalog.framework where id = ?::uuid", id);
        assertThat(framework.get(0).get("retired_at")).isNotNull();
        assertThat(framework.get(0).get("successor")).isEqualTo(successor);
        assertThat(rowCounts(id)).containsExactlyInAnyOrderEntriesOf(CatalogSnapshots.FULL_ROWS);
        assertThat(pendingRetirements(id)).isZero();

        // Both again, in either order: nothing changes, and nothing is kept pending.
        List<Map<String, Object>> retired = rowVersions(id);
        awaitProcessed(CONSUMER, retire(retirement));
        awaitProcessed(CONSUMER, CatalogSnapshots.publish(DISTRICT, snapshot));
        assertThat(rowVersions(id)).isEqualTo(retired);
        assertThat(pendingRetirements(id)).isZero();
    }

    @Test
    void refusesASnapshotOfAFrameworkThatAnotherDistrictRetired() {
        Map<String, Object> snapshot = CatalogSnapshots.minimal(1);
        String id = CatalogSnapshots.frameworkId(snapshot);
        awaitProcessed(
                CONSUMER,
                TestEvents.publish(
                        Topics.COMPETENCY,
                        EventTypes.FRAMEWORK_RETIRED,
                        "intruder-district",
                        id,
                        CatalogSnapshots.retired(id, null)));

        UUID published = CatalogSnapshots.publish(DISTRICT, snapshot);

        awaitDeadLetter(published);
        assertThat(countOf("framework", id)).isZero();
        assertThat(pendingRetirements(id)).isEqualTo(1);
    }

    @Test
    void refusesAFrameworkOfAnotherDistrict() {
        Map<String, Object> snapshot = CatalogSnapshots.minimal(1);
        String id = CatalogSnapshots.frameworkId(snapshot);
        CatalogSnapshots.publish(DISTRICT, snapshot);
        awaitFramework(id);
        List<Map<String, Object>> before = rowVersions(id);

        snapshot.put("title", "Taken over");
        snapshot.put("publishedAt", CatalogSnapshots.now());
        UUID takeover = CatalogSnapshots.publish("intruder-district", snapshot);
        UUID retirement = TestEvents.publish(
                Topics.COMPETENCY,
                EventTypes.FRAMEWORK_RETIRED,
                "intruder-district",
                id,
                CatalogSnapshots.retired(id, null));

        awaitDeadLetter(takeover);
        awaitDeadLetter(retirement);
        assertThat(rowVersions(id)).isEqualTo(before);
    }

    @Test
    void refusesACompetencyIdThatAnotherFrameworkHolds() {
        Map<String, Object> first = CatalogSnapshots.minimal(1);
        CatalogSnapshots.publish(DISTRICT, first);
        awaitFramework(CatalogSnapshots.frameworkId(first));
        Map<String, Object> second = CatalogSnapshots.minimal(1);
        CatalogSnapshots.list(second, "competencies").get(0).put("id", CatalogSnapshots.competencyId(first, 0));

        awaitDeadLetter(CatalogSnapshots.publish(DISTRICT, second));

        assertThat(countOf("framework", CatalogSnapshots.frameworkId(second))).isZero();
    }

    @Test
    void refusesASnapshotThatContradictsItself() {
        Map<String, Object> repeated = CatalogSnapshots.minimal(2);
        CatalogSnapshots.list(repeated, "competencies").get(1).put("id", CatalogSnapshots.competencyId(repeated, 0));
        Map<String, Object> strayPrerequisite = CatalogSnapshots.minimal(1);
        CatalogSnapshots.list(strayPrerequisite, "prerequisites")
                .add(Map.of(
                        "competencyId", UUID.randomUUID().toString(),
                        "prerequisiteId", CatalogSnapshots.competencyId(strayPrerequisite, 0)));

        awaitDeadLetter(CatalogSnapshots.publish(DISTRICT, repeated));
        awaitDeadLetter(CatalogSnapshots.publish(DISTRICT, strayPrerequisite));

        assertThat(countOf("framework", CatalogSnapshots.frameworkId(repeated))).isZero();
        assertThat(countOf("framework", CatalogSnapshots.frameworkId(strayPrerequisite)))
                .isZero();
    }

    @Test
    void unreadableRecordsGoToDeadLettersAndLaterEventsStillApply() {
        String key = "garbage-" + UUID.randomUUID();
        TestEvents.send(Topics.COMPETENCY, key, "{{{ not a cloud event", Map.of());
        UUID notJson = UUID.randomUUID();
        TestEvents.send(
                Topics.COMPETENCY,
                key,
                "this is not JSON",
                TestEvents.headers(notJson, EventTypes.FRAMEWORK_PUBLISHED, DISTRICT, key));
        UUID incomplete = UUID.randomUUID();
        TestEvents.send(
                Topics.COMPETENCY,
                key,
                "{\"frameworkId\": \"" + UUID.randomUUID() + "\", \"title\": \"No scale\"}",
                TestEvents.headers(incomplete, EventTypes.FRAMEWORK_PUBLISHED, DISTRICT, key));
        UUID badKind = UUID.randomUUID();
        Map<String, Object> unknownKind = CatalogSnapshots.minimal(1);
        CatalogSnapshots.list(unknownKind, "competencies").get(0).put("kind", "TALENT");
        TestEvents.send(
                Topics.COMPETENCY,
                key,
                TestEvents.json(unknownKind),
                TestEvents.headers(badKind, EventTypes.FRAMEWORK_PUBLISHED, DISTRICT, key));
        Map<String, Object> good = CatalogSnapshots.minimal(1);
        TestEvents.send(
                Topics.COMPETENCY,
                key,
                TestEvents.json(good),
                TestEvents.headers(UUID.randomUUID(), EventTypes.FRAMEWORK_PUBLISHED, DISTRICT, key));

        awaitFramework(CatalogSnapshots.frameworkId(good));
        TopicReader reader = new TopicReader(KafkaTestResource.bootstrapServers());
        await().atMost(APPLIED_WITHIN)
                .untilAsserted(() -> assertThat(reader.readAll(DLQ))
                        .filteredOn(r -> key.equals(r.key()))
                        .hasSize(4)
                        .allSatisfy(r -> assertThat(r.headers()).containsKey("dead-letter-reason")));
        assertThat(countOf("framework", CatalogSnapshots.frameworkId(unknownKind)))
                .isZero();
    }

    @Test
    void skipsTheTopicsOtherEventTypesWithoutDeadLettering() {
        String key = "course-" + UUID.randomUUID();
        UUID other = UUID.randomUUID();
        TestEvents.send(
                Topics.COMPETENCY,
                key,
                "{\"anything\": true}",
                TestEvents.headers(other, "org.proficio.competency.course-defined.v1", DISTRICT, key));

        UUID marker = marker(key);
        awaitProcessed(CONSUMER, marker);

        assertThat(CatalogTables.processed(CONSUMER, other)).isFalse();
        assertThat(new TopicReader(KafkaTestResource.bootstrapServers()).readAll(DLQ))
                .noneMatch(r -> key.equals(r.key()));
    }

    @Test
    void keepsEachPathwayAtItsHighestRevision() {
        UUID pathway = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        UUID competency = UUID.randomUUID();
        UUID second = CatalogSnapshots.definePathway(
                DISTRICT, CatalogSnapshots.pathway(pathway, 2, 24, List.of(course), List.of(competency)));
        awaitProcessed(CONSUMER, second);
        // an older revision, delivered late, changes nothing
        UUID first = CatalogSnapshots.definePathway(
                DISTRICT, CatalogSnapshots.pathway(pathway, 1, null, List.of(), List.of(competency)));
        awaitProcessed(CONSUMER, first);

        List<Map<String, Object>> rows = CatalogTables.rows(
                "select district, revision, min_credits::text as min_credits, required_course_ids,"
                        + " required_competency_ids from catalog.pathway where id = ?::uuid",
                pathway.toString());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("district", DISTRICT)
                .containsEntry("revision", 2)
                .containsEntry("min_credits", "24")
                .containsEntry("required_course_ids", "[\"" + course + "\"]")
                .containsEntry("required_competency_ids", "[\"" + competency + "\"]");

        UUID foreign = CatalogSnapshots.definePathway(
                "other-" + DISTRICT, CatalogSnapshots.pathway(pathway, 3, 1, List.of(), List.of(competency)));
        awaitDeadLetter(foreign);
    }

    private static Map<String, Object> fullSnapshot() {
        return CatalogSnapshots.full(UUID.randomUUID());
    }

    private static UUID retire(Map<String, Object> retirement) {
        String id = (String) retirement.get("frameworkId");
        return TestEvents.publish(Topics.COMPETENCY, EventTypes.FRAMEWORK_RETIRED, DISTRICT, id, retirement);
    }

    /**
     * An event on the same partition as {@code key}'s records that the consumer records without changing the
     * framework's rows (the retirement of a framework it never held, kept pending): once it is recorded, everything
     * sent before it was consumed.
     */
    private static UUID marker(String key) {
        String unknown = UUID.randomUUID().toString();
        return TestEvents.publish(
                Topics.COMPETENCY,
                EventTypes.FRAMEWORK_RETIRED,
                DISTRICT,
                key,
                CatalogSnapshots.retired(unknown, null));
    }

    private static long pendingRetirements(String frameworkId) {
        return CatalogTables.count(
                "select count(*) from catalog.pending_retirement where framework_id = ?::uuid", frameworkId);
    }

    private static void awaitDeadLetter(UUID eventId) {
        List<TopicRecord> dead = new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(DLQ, r -> eventId.toString().equals(r.headers().get("ce_id")), APPLIED_WITHIN);
        assertThat(dead).hasSize(1);
        assertThat(CatalogTables.processed(CONSUMER, eventId)).isFalse();
    }

    private static Map<String, String> versionsById(String frameworkId) {
        return rowVersions(frameworkId).stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("id"), r -> (String) r.get("xmin")));
    }

    private static Map<String, Object> competencyRow(Map<String, Object> item, String abbreviated, String keywords) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("id", item.get("id"));
        row.put("identifier", item.get("identifier"));
        row.put("code", item.get("code"));
        row.put("human_coding_scheme", item.get("humanCodingScheme"));
        row.put("abbreviated_statement", abbreviated);
        row.put("parent", item.get("parentId"));
        row.put("kind", item.get("kind"));
        row.put("item_type", item.get("itemType"));
        row.put("education_levels", "[\"06\"]");
        row.put("keywords", keywords);
        return row;
    }
}
