package org.proficio.progression.decision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.progression.Fixtures;

/**
 * The district's change feed of decisions: paged in commit order with a cursor to poll from, and never skipping a
 * decision whose transaction commits after a later one was read. District {@code feed} is this class's own.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class DecisionFeedTest {

    static final String DISTRICT = "feed";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final UUID framework = UUID.randomUUID();
    private final UUID competency = UUID.randomUUID();

    @Test
    @TestSecurity(user = "sis", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void readsEveryDecisionOnceInCommitOrderAndNeverSkipsALateCommit() throws SQLException {
        String cursor = readToTheEnd(null, new ArrayList<>());
        String first = "s-" + UUID.randomUUID();
        String second = "s-" + UUID.randomUUID();
        Fixtures.score(DISTRICT, first, competency, framework, "beginning");
        Fixtures.score(DISTRICT, second, competency, framework, "developing");
        Fixtures.score(DISTRICT, first, competency, framework, "advanced");
        await().atMost(WAIT).untilAsserted(() -> assertThat(itemsAfter(cursor)).hasSize(3));

        // two at a time: three decisions, two pages, then an empty page that keeps the cursor
        JsonPath page = feed(cursor, 2);
        assertThat(page.getList("items.learnerId")).containsExactly(first, second);
        assertThat(page.getBoolean("more")).isTrue();
        JsonPath next = feed(page.getString("cursor"), 2);
        assertThat(next.getList("items.learnerId")).containsExactly(first);
        assertThat(next.getString("items[0].status")).isEqualTo("MASTERED");
        assertThat(next.getString("items[0].explanation")).startsWith("Mastered");
        assertThat(next.getBoolean("more")).isFalse();
        String end = next.getString("cursor");
        JsonPath empty = feed(end, 2);
        assertThat(empty.getList("items")).isEmpty();
        assertThat(empty.getString("cursor")).isEqualTo(end);

        // A transaction that began first but commits last: nothing after it is shown until it commits.
        try (Connection late = connection()) {
            late.setAutoCommit(false);
            insertDecision(late, "s-late");
            String third = "s-" + UUID.randomUUID();
            Fixtures.score(DISTRICT, third, competency, framework, "proficient");
            await().atMost(WAIT)
                    .untilAsserted(() -> given().get("/api/v1/learners/" + third + "/progress/" + competency)
                            .then()
                            .body("status", equalTo("MASTERED")));
            assertThat(itemsAfter(end)).isEmpty();

            late.commit();
            await().atMost(WAIT).untilAsserted(() -> assertThat(itemsAfter(end)).containsExactly("s-late", third));
        }
        given().queryParam("cursor", "bm9wZQ")
                .get("/api/v1/mastery-decisions")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void learnersDoNotReadTheDistrictsFeed() {
        given().get("/api/v1/mastery-decisions").then().statusCode(403);
    }

    private static JsonPath feed(String cursor, int limit) {
        var request = given().queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/mastery-decisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Reads from the cursor to the end; adds the learner ids read; answers the last cursor. */
    private static String readToTheEnd(String cursor, List<String> learners) {
        JsonPath page;
        do {
            page = feed(cursor, 500);
            learners.addAll(page.getList("items.learnerId"));
            cursor = page.getString("cursor");
        } while (page.getBoolean("more"));
        return cursor;
    }

    private static List<String> itemsAfter(String cursor) {
        List<String> learners = new ArrayList<>();
        readToTheEnd(cursor, learners);
        return learners;
    }

    private void insertDecision(Connection connection, String learner) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into mastery_decision (id, district, learner_id, competency_id, framework_id, previous_status,"
                        + " status, consecutive_non_proficient, proficient_count, reason, decided_at, cause, inputs)"
                        + " values (?, ?, ?, ?, ?, 'NOT_STARTED', 'MASTERED', 0, 0, 'Set by hand', now(), 'OVERRIDE',"
                        + " '[]')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, DISTRICT);
            insert.setString(3, learner);
            insert.setObject(4, competency);
            insert.setObject(5, framework);
            insert.executeUpdate();
        }
    }

    private static Connection connection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties credentials = new Properties();
        credentials.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        credentials.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        return new Driver().connect(config.getValue("quarkus.datasource.jdbc.url", String.class), credentials);
    }
}
