package org.proficio.progression.pacing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * The pacing job against the real broker and database, with the stalled time cut to three seconds and a run every
 * second: a learner who does not move is flagged once per episode, not every run; a score that does not raise her
 * value or status is no move; one that does closes the episode, and the next stall is a new one.
 */
@QuarkusTest
@TestProfile(PacingTest.FastPacing.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "teacher", roles = "educator")
@OidcSecurity(claims = @Claim(key = "district", value = PacingTest.DISTRICT))
class PacingTest {

    static final String DISTRICT = "pacing";
    static final String PATIENT = "pacing-patient";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Long enough for several runs of the job. */
    private static final Duration SEVERAL_RUNS = Duration.ofSeconds(5);

    public static class FastPacing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "proficio.pacing.stalled-after", "PT3S",
                    "proficio.pacing.every", "1s",
                    "proficio.pacing.start-delay", "1s");
        }
    }

    private final String learner = "s-" + UUID.randomUUID();
    private final UUID competency = UUID.randomUUID();
    private final UUID framework = UUID.randomUUID();

    private void score(String level, String status, int count) {
        Fixtures.score(DISTRICT, learner, competency, framework, level);
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + competency)
                        .then()
                        .statusCode(200)
                        .body("evidenceCount", equalTo(count))
                        .body("status", equalTo(status)));
    }

    private List<TopicRecord> stalled() {
        return TestEvents.events(Topics.PROGRESSION, learner, EventTypes.LEARNER_STALLED);
    }

    private void awaitStalled(int count) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(stalled()).hasSize(count));
    }

    private void staysStalled(int count) {
        await().during(SEVERAL_RUNS)
                .atMost(SEVERAL_RUNS.plusSeconds(5))
                .untilAsserted(() -> assertThat(stalled()).hasSize(count));
    }

    /** Her progress summary counts the competencies with an open episode. */
    private void summaryShowsStalled(int count) {
        given().get("/api/v1/learners/" + learner + "/progress/summary")
                .then()
                .statusCode(200)
                .body("stalled", equalTo(count));
    }

    @Test
    void aLearnerWhoDoesNotMoveIsFlaggedOncePerEpisode() {
        score("developing", "IN_PROGRESS", 1);
        awaitStalled(1);
        TopicRecord flag = stalled().get(0);
        EventSchemas.assertValid(EventTypes.LEARNER_STALLED, flag.value());
        assertThat(TestEvents.data(flag).get("competencyId").asText()).isEqualTo(competency.toString());
        assertThat(TestEvents.data(flag).get("status").asText()).isEqualTo("IN_PROGRESS");
        staysStalled(1);
        summaryShowsStalled(1);

        // A lower score is no move: the episode stays open and is not announced again.
        score("beginning", "STRUGGLING", 2);
        staysStalled(1);

        // Mastery is a move, and ends pacing on the competency.
        score("proficient", "MASTERED", 3);
        staysStalled(1);
        summaryShowsStalled(0);
    }

    @Test
    void movingAgainClosesTheEpisodeAndTheNextStallIsANewOne() {
        score("beginning", "IN_PROGRESS", 1);
        awaitStalled(1);

        score("developing", "STRUGGLING", 2); // the value rose from 1 to 2: she moved
        awaitStalled(2);
        List<TopicRecord> flags = stalled();
        assertThat(TestEvents.data(flags.get(1)).get("episodeId").asText())
                .isNotEqualTo(TestEvents.data(flags.get(0)).get("episodeId").asText());
        assertThat(TestEvents.data(flags.get(1)).get("status").asText()).isEqualTo("STRUGGLING");
        staysStalled(2);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = PacingTest.PATIENT))
    void aDistrictsOwnStalledTimeHoldsOverTheDefault() {
        given().get("/api/v1/pacing-settings")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("defaultStalledAfter", equalTo("PT3S"))
                .body("stalledAfterDays", nullValue());
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("stalledAfterDays", 1))
                .put("/api/v1/pacing-settings")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("stalledAfterDays", equalTo(1))
                .body("updatedBy", equalTo("admin"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("stalledAfterDays", 2))
                .put("/api/v1/pacing-settings")
                .then()
                .statusCode(412);
        for (Object days : List.of(0, 366, "soon")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("stalledAfterDays", days))
                    .put("/api/v1/pacing-settings")
                    .then()
                    .statusCode(400);
        }

        // In this district three seconds without moving is not a stall; in the default one it is.
        String patient = "s-" + UUID.randomUUID();
        Fixtures.score(PATIENT, patient, competency, framework, "developing");
        Fixtures.score(DISTRICT, learner, competency, framework, "developing");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + patient + "/progress/" + competency)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("IN_PROGRESS")));
        awaitStalled(1);
        staysStalled(1);
        assertThat(TestEvents.events(Topics.PROGRESSION, patient, EventTypes.LEARNER_STALLED))
                .isEmpty();
    }

    @Test
    void educatorsReadTheSettingsButDoNotSetThem() {
        given().get("/api/v1/pacing-settings").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("stalledAfterDays", 3))
                .put("/api/v1/pacing-settings")
                .then()
                .statusCode(403);
    }
}
