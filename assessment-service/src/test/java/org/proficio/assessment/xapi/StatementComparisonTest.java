package org.proficio.assessment.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** When a statement sent again under the same id is the same statement (xAPI 1.0.3, Data 2.3.1). */
class StatementComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode completion() {
        return (ObjectNode) StatementReaderTest.adl("completion.json").deepCopy();
    }

    private static String hash(JsonNode statement) {
        return StatementComparison.hash(statement);
    }

    @Test
    void ignoresWhatAnLrsAssignsAndWhatIsNotPartOfTheStatement() throws Exception {
        ObjectNode sent = completion();
        sent.put("timestamp", "2026-11-20T12:15:00+02:00");
        ObjectNode stored = completion();
        stored.put("id", "3f0a4c1e-8a43-4c1e-9d0b-2f6a7b8c9d0e");
        stored.put("timestamp", "2026-11-20T10:15:00.000Z");
        stored.put("stored", "2026-11-20T10:16:00Z");
        stored.put("version", "1.0.3");
        stored.putObject("authority").put("mbox", "mailto:lrs@example.org");
        ((ObjectNode) stored.get("verb")).putObject("display").put("en-GB", "had a go at");
        ((ObjectNode) stored.get("object")).putObject("definition").put("moreInfo", "https://example.org/other");
        ((ObjectNode) stored.get("actor")).put("mbox", "mailto:example.learner@ADLNET.GOV");
        // the same members in another order
        stored.remove("result");
        stored.putObject("result")
                .put("completion", true)
                .put("success", true)
                .putObject("score")
                .put("scaled", 0.95);

        assertThat(JSON.writeValueAsString(stored)).contains("\"result\":{\"completion\":true");
        assertThat(hash(stored)).isEqualTo(hash(sent));
    }

    @Test
    void tellsApartStatementsThatDiffer() {
        ObjectNode other = completion();
        ((ObjectNode) other.get("result")).putObject("score").put("scaled", 0.5);
        ObjectNode otherLearner = completion();
        ((ObjectNode) otherLearner.get("actor")).put("mbox", "mailto:Example.Learner@adlnet.gov");
        ObjectNode otherTime = completion();
        otherTime.put("timestamp", "2026-11-20T10:15:00Z");

        assertThat(hash(other)).isNotEqualTo(hash(completion()));
        assertThat(hash(otherLearner))
                .as("the local part of an address is not case-insensitive")
                .isNotEqualTo(hash(completion()));
        assertThat(hash(otherTime)).isNotEqualTo(hash(completion()));
    }

    @Test
    void groupMembersAreUnordered() {
        ObjectNode group = (ObjectNode) StatementReaderTest.adl("long.json").deepCopy();
        ObjectNode swapped = group.deepCopy();
        ArrayNode members = (ArrayNode) swapped.get("actor").get("member");
        JsonNode first = members.remove(0);
        members.add(first);

        assertThat(hash(swapped)).isEqualTo(hash(group));
    }
}
