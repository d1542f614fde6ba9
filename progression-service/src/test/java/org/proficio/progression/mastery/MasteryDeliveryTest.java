package org.proficio.progression.mastery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * Duplicate, late and out-of-order EvidenceScored events over a real broker and database: one stream of scores on
 * two competencies is delivered to three learners, in observation order, shuffled, and shuffled with every event
 * repeated (same event id), re-published (new event id, same data) and scored again to the same result (later
 * scoredAt). The final standings are the same; the
 * repeats add no event; and the events that state where each learner ends up are the same as in order.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "teacher", roles = "educator")
@OidcSecurity(claims = @Claim(key = "district", value = MasteryDeliveryTest.DISTRICT))
class MasteryDeliveryTest {

    static final String DISTRICT = "demo";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 10, 5, 8, 0, 0, 0, ZoneOffset.UTC);

    private final UUID framework = UUID.randomUUID();
    private final UUID fractions = UUID.randomUUID();
    private final UUID ratios = UUID.randomUUID();

    /** One score of the stream: which competency, which level, on which day it was observed. */
    private record Step(UUID competency, String level, int day) {}

    @Test
    void shuffledAndRepeatedScoresEndWhereTheOrderedOnesDo() {
        List<Step> stream = List.of(
                new Step(fractions, "beginning", 0),
                new Step(ratios, "developing", 1),
                new Step(fractions, "developing", 2),
                new Step(ratios, "beginning", 3),
                new Step(fractions, "proficient", 4),
                new Step(ratios, "beginning", 5),
                new Step(fractions, "developing", 6),
                new Step(ratios, "advanced", 7),
                new Step(fractions, "advanced", 8));
        List<Step> shuffled = new ArrayList<>(stream);
        Collections.shuffle(shuffled, new Random(7));
        String inOrder = "s-" + UUID.randomUUID();
        String outOfOrder = "s-" + UUID.randomUUID();
        String repeated = "s-" + UUID.randomUUID();

        for (Step step : stream) {
            publish(inOrder, data(inOrder, step, UUID.randomUUID()), UUID.randomUUID());
        }
        for (Step step : shuffled) {
            publish(outOfOrder, data(outOfOrder, step, UUID.randomUUID()), UUID.randomUUID());
        }
        for (Step step : shuffled) {
            Map<String, Object> data = data(repeated, step, UUID.randomUUID());
            UUID event = UUID.randomUUID();
            publish(repeated, data, event);
            publish(repeated, data, event); // redelivered: the inbox has it
            publish(repeated, data, UUID.randomUUID()); // re-published: the score is held already
            data.put(
                    "scoredAt",
                    OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1).toString());
            publish(repeated, data, UUID.randomUUID()); // scored again, to the same result
        }

        for (String learner : List.of(inOrder, outOfOrder, repeated)) {
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(standing(learner, fractions).getInt("evidenceCount")
                                    + standing(learner, ratios).getInt("evidenceCount"))
                            .isEqualTo(stream.size()));
        }
        for (UUID competency : List.of(fractions, ratios)) {
            Map<String, Object> expected = finalState(inOrder, competency);
            assertThat(finalState(outOfOrder, competency)).as("out of order").isEqualTo(expected);
            assertThat(finalState(repeated, competency)).as("repeated").isEqualTo(expected);
        }
        assertThat(finalState(inOrder, fractions)).containsEntry("status", "MASTERED");
        assertThat(finalState(inOrder, ratios)).containsEntry("status", "MASTERED");

        // The relay publishes in commit order: once each learner's last changes are out, all of them are.
        for (String learner : List.of(inOrder, outOfOrder, repeated)) {
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(lastStatusPerCompetency(learner))
                            .as(learner)
                            .isEqualTo(Map.of(fractions.toString(), "MASTERED", ratios.toString(), "MASTERED")));
        }
        assertThat(changes(repeated)).isEqualTo(changes(outOfOrder));
        for (UUID competency : List.of(fractions, ratios)) {
            // one decision per piece of evidence: the repeats decided nothing
            assertThat(standing(repeated, competency).getList("history"))
                    .hasSameSizeAs(standing(outOfOrder, competency).getList("history"))
                    .hasSize((int) stream.stream()
                            .filter(s -> s.competency().equals(competency))
                            .count());
        }
        assertThat(mastered(repeated)).isEqualTo(mastered(outOfOrder));
    }

    /** The competencies of the learner's CompetencyMastered events, in the order published. */
    private static List<String> mastered(String learner) {
        return TestEvents.events(Topics.PROGRESSION, learner, EventTypes.COMPETENCY_MASTERED).stream()
                .map(r -> TestEvents.data(r).get("competencyId").asText())
                .toList();
    }

    private Map<String, Object> data(String learner, Step step, UUID evidenceId) {
        Map<String, Object> data = Fixtures.scored(evidenceId, learner, step.competency(), framework, step.level());
        data.put("observedAt", START.plusDays(step.day()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return data;
    }

    private static void publish(String learner, Map<String, Object> data, UUID eventId) {
        TestEvents.publish(Topics.ASSESSMENT, eventId, EventTypes.EVIDENCE_SCORED, DISTRICT, learner, data);
    }

    private static JsonPath standing(String learner, UUID competency) {
        return given().get("/api/v1/learners/" + learner + "/progress/" + competency)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The standing without what differs by learner or by time of arrival (ids and timestamps of decisions). */
    private static Map<String, Object> finalState(String learner, UUID competency) {
        JsonPath s = standing(learner, competency);
        return Map.of(
                "status", s.getString("status"),
                "value", s.getString("value"),
                "level", s.getString("level"),
                "evidenceCount", s.getInt("evidenceCount"),
                "proficientEvidenceCount", s.getInt("proficientEvidenceCount"),
                "consecutiveNonProficient", s.getInt("consecutiveNonProficient"),
                "lastLevel", s.getString("lastLevel"),
                "firstEvidenceAt", s.getString("firstEvidenceAt"),
                "lastEvidenceAt", s.getString("lastEvidenceAt"));
    }

    /** The learner's status changes, in the order published: competency, from, to. */
    private static List<String> changes(String learner) {
        return TestEvents.events(Topics.PROGRESSION, learner, EventTypes.MASTERY_CHANGED).stream()
                .map(TestEvents::data)
                .map(d -> d.get("competencyId").asText() + " "
                        + d.get("previousStatus").asText() + " → "
                        + d.get("status").asText())
                .toList();
    }

    private static Map<String, String> lastStatusPerCompetency(String learner) {
        Map<String, String> last = new TreeMap<>();
        for (TopicRecord record : TestEvents.events(Topics.PROGRESSION, learner, EventTypes.MASTERY_CHANGED)) {
            JsonNode data = TestEvents.data(record);
            last.put(data.get("competencyId").asText(), data.get("status").asText());
        }
        return last;
    }
}
