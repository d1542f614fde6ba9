package org.proficio.assessment.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.xapi.StatementReader.Read;

/** Reading statements before anything is looked up: the ADL examples and the malformed cases. */
class StatementReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode adl(String name) {
        try (InputStream in = StatementReaderTest.class.getResourceAsStream("/xapi/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode statement() {
        return (ObjectNode) adl("completion.json").deepCopy();
    }

    @Test
    void readsTheAdlCompletionExample() {
        Read read = StatementReader.read(adl("completion.json"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.idAssigned()).isTrue();
        assertThat(read.id()).isNotNull();
        assertThat(read.agent()).isEqualTo(Ifi.mbox("mailto:example.learner@adlnet.gov"));
        assertThat(read.activityId()).isEqualTo("http://example.adlnet.gov/xapi/example/simpleCBT");
        assertThat(read.activityName()).isEqualTo("simple CBT course");
        assertThat(read.score().scaled()).isEqualByComparingTo("0.95");
        assertThat(read.success()).isTrue();
        assertThat(read.timestamp()).isNull();
    }

    @Test
    void refusesTheAdlGroupExampleForItsActorOnly() {
        Read read = StatementReader.read(adl("long.json"));

        assertThat(read.id()).isEqualTo(UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"));
        assertThat(read.problems()).containsExactly(StatementReader.GROUP_REFUSED);
        assertThat(read.response()).isEqualTo("We agreed on some example actions.");
        assertThat(read.moreInfo()).isEqualTo("http://virtualmeeting.example.com/345256");
        assertThat(read.timestamp()).isEqualTo(OffsetDateTime.parse("2013-05-18T05:32:34.804Z"));
    }

    @Test
    void refusesTheAdlVoidingExampleForVoidingOnly() {
        Read read = StatementReader.read(adl("void.json"));

        assertThat(read.problems()).containsExactly(StatementReader.VOIDING_REFUSED);
    }

    @Test
    void namesEveryProblemOfAStatement() {
        ObjectNode s = statement();
        s.put("id", "not-a-uuid");
        s.put("version", "2.0.0");
        ((ObjectNode) s.get("actor")).put("openid", "https://openid.example.org/x");
        s.putObject("object").put("objectType", "SubStatement");
        ((ObjectNode) s.get("result")).putObject("score").put("raw", 7);
        ((ObjectNode) s.get("result")).put("success", "yes");
        s.put("timestamp", "2026-11-20 10:15");

        Read read = StatementReader.read(s);

        assertThat(read.id()).isNull();
        assertThat(read.problems())
                .containsExactly(
                        "id must be a UUID in standard form (8-4-4-4-12 hexadecimal digits)",
                        "version \"2.0.0\" is not 1.0.x",
                        "actor has 2 identifiers (mbox, openid); an Agent has exactly one",
                        "the object is a SubStatement; only statements about an Activity become evidence",
                        "result.score.raw (7) cannot be placed on the scale without result.score.min and"
                                + " result.score.max; send them, or result.score.scaled",
                        "result.success must be true or false",
                        "timestamp \"2026-11-20 10:15\" is not an ISO 8601 date and time with a time zone offset");
    }

    @Test
    void refusesObjectsThatAreNotActivities() {
        for (String type : List.of("StatementRef", "Agent", "Group")) {
            ObjectNode s = statement();
            s.putObject("object")
                    .put("objectType", type)
                    .put("id", UUID.randomUUID().toString());

            assertThat(StatementReader.read(s).problems())
                    .singleElement()
                    .asString()
                    .contains("only statements about an Activity become evidence");
        }
    }

    @Test
    void refusesScoresOutOfRangeAndOverlongResponses() {
        ObjectNode s = statement();
        ((ObjectNode) s.get("result")).putObject("score").put("scaled", 1.5);
        ((ObjectNode) s.get("result")).put("response", "x".repeat(10_001));

        assertThat(StatementReader.read(s).problems())
                .containsExactly(
                        "result.score.scaled must lie between -1 and 1",
                        "result.response has 10001 characters; evidence text holds at most 10000 (link longer work"
                                + " through object.definition.moreInfo)");

        ObjectNode raw = statement();
        ((ObjectNode) raw.get("result"))
                .putObject("score")
                .put("raw", 30)
                .put("min", 0)
                .put("max", 20);
        assertThat(StatementReader.read(raw).problems())
                .containsExactly("result.score.raw must lie between result.score.min and result.score.max");
    }

    @Test
    void readsAgentsOfEveryKindAndNormalisesTheMailDomain() {
        ObjectNode s = statement();
        ((ObjectNode) s.get("actor")).put("mbox", "mailto:Ana.Lopez@Students.Example.ORG");
        assertThat(StatementReader.read(s).agent().key()).isEqualTo("mbox:mailto:Ana.Lopez@students.example.org");

        ObjectNode account = statement();
        ((ObjectNode) account.get("actor")).remove("mbox");
        ((ObjectNode) account.get("actor"))
                .putObject("account")
                .put("homePage", "https://sis.example.org")
                .put("name", "s-0001");
        Read read = StatementReader.read(account);
        assertThat(read.agent().key()).isEqualTo("account:https://sis.example.org|s-0001");
        assertThat(read.agent().accountName()).isEqualTo("s-0001");

        ObjectNode sha = statement();
        ((ObjectNode) sha.get("actor")).remove("mbox");
        ((ObjectNode) sha.get("actor")).put("mbox_sha1sum", "EBD31E95054C018B10727CCFFD2EF2EC3A016EE9");
        assertThat(StatementReader.read(sha).agent().key())
                .isEqualTo("mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9");
    }

    @Test
    void readsTimestampsWithAnyIsoOffset() {
        ObjectNode s = statement();
        s.put("timestamp", "2026-11-20T12:15:00.5+0200");

        assertThat(StatementReader.read(s).timestamp().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:00.5Z").toInstant());
    }

    @Test
    void refusesAStatementThatIsNotAnObject() {
        Read read = StatementReader.read(JSON.getNodeFactory().textNode("hello"));

        assertThat(read.id()).isNull();
        assertThat(read.problems()).containsExactly("a statement is a JSON object, not a string");
    }

    @Test
    void keepsNumbersExactly() {
        ObjectNode s = statement();
        ((ObjectNode) s.get("result")).putObject("score").put("scaled", new BigDecimal("0.123456789"));

        assertThat(StatementReader.read(s).score().scaled()).isEqualByComparingTo("0.123456789");
    }
}
