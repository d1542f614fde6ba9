package org.proficio.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.proficio.platform.problem.JsonProblems;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;

class StrictJsonTest {

    enum Kind {
        FORMATIVE,
        SUMMATIVE
    }

    record Evidence(
            String title,
            Integer attempts,
            int count,
            Double scaled,
            double raw,
            boolean draft,
            Kind kind,
            UUID id,
            LocalDate completedOn,
            Instant observedAt,
            OffsetDateTime at,
            List<String> tags,
            Map<String, String> extensions,
            JsonNode statement) {}

    /** Configured like Quarkus' mapper (unknown properties ignored, java.time), plus the platform's rules. */
    private final ObjectMapper json = StrictJson.apply(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private Evidence read(String body) throws JsonProcessingException {
        return json.readValue(body, Evidence.class);
    }

    private ProblemException refusal(String body) {
        try {
            read(body);
        } catch (JsonProcessingException e) {
            return JsonProblems.of(e);
        }
        throw new AssertionError("accepted: " + body);
    }

    private static Problem.FieldError onlyError(ProblemException refusal) {
        assertThat(refusal.status()).isEqualTo(400);
        List<Problem.FieldError> errors = refusal.toProblem("/").errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void readsWellFormedInputAsBefore() throws JsonProcessingException {
        Evidence read = read("""
                {"title": "Exit ticket", "attempts": 2, "count": 3, "scaled": 0.75, "raw": 3, "draft": true,
                 "kind": "SUMMATIVE", "id": "0f8fad5b-d9cb-469f-a165-70867728950e", "completedOn": "2026-11-20",
                 "observedAt": "2026-11-20T10:15:30Z", "at": "2026-11-20T10:15:30+01:00", "tags": ["a"],
                 "extensions": {"k": "v"}, "statement": {"result": {"score": {"scaled": 0.5}}}, "unknown": 1}
                """);
        assertThat(read.raw()).isEqualTo(3.0);
        assertThat(read.kind()).isEqualTo(Kind.SUMMATIVE);
        assertThat(read.completedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(read.statement().at("/result/score/scaled").asDouble()).isEqualTo(0.5);
    }

    @Nested
    class TrailingText {

        @Test
        void refusesTextAfterTheJsonValue() {
            assertThat(refusal("{\"title\": \"x\"}xyz").getMessage()).startsWith("The body is not valid JSON");
        }

        @Test
        void refusesASecondJsonValue() {
            assertThat(refusal("{\"title\": \"x\"} {\"title\": \"y\"}").status())
                    .isEqualTo(400);
        }
    }

    @Nested
    class NoScalarCoercion {

        @Test
        void refusesANumberForText() {
            assertThat(onlyError(refusal("{\"title\": 12345}")).field()).isEqualTo("title");
        }

        @Test
        void refusesABooleanForText() {
            assertThat(onlyError(refusal("{\"title\": true}")).field()).isEqualTo("title");
        }

        @Test
        void refusesANumberForADate() {
            assertThat(onlyError(refusal("{\"completedOn\": 12345}")).field()).isEqualTo("completedOn");
        }

        @Test
        void refusesANumberForAnInstantOrOffsetDateTime() {
            assertThat(onlyError(refusal("{\"observedAt\": 1700000000}")).field())
                    .isEqualTo("observedAt");
            assertThat(onlyError(refusal("{\"at\": 1700000000}")).field()).isEqualTo("at");
        }

        @Test
        void refusesANumberForAnEnumAndNamesTheConstants() {
            Problem.FieldError error = onlyError(refusal("{\"kind\": 0}"));
            assertThat(error.field()).isEqualTo("kind");
        }

        @Test
        void namesTheConstantsOfAnUnknownEnumValue() {
            Problem.FieldError error = onlyError(refusal("{\"kind\": \"INTERIM\"}"));
            assertThat(error.message()).isEqualTo("must be one of FORMATIVE, SUMMATIVE");
        }

        @Test
        void refusesAFractionForAnInteger() {
            assertThat(onlyError(refusal("{\"attempts\": 2.7}")).field()).isEqualTo("attempts");
            assertThat(onlyError(refusal("{\"count\": 2.7}")).field()).isEqualTo("count");
        }

        @Test
        void refusesTextForNumbersAndBooleans() {
            assertThat(onlyError(refusal("{\"attempts\": \"2\"}")).field()).isEqualTo("attempts");
            assertThat(onlyError(refusal("{\"scaled\": \"0.5\"}")).field()).isEqualTo("scaled");
            assertThat(onlyError(refusal("{\"draft\": \"true\"}")).field()).isEqualTo("draft");
            assertThat(onlyError(refusal("{\"draft\": 1}")).field()).isEqualTo("draft");
        }

        @Test
        void refusesASingleValueForAList() {
            assertThat(onlyError(refusal("{\"tags\": \"a\"}")).field()).isEqualTo("tags");
        }
    }

    @Nested
    class FiniteNumbers {

        @Test
        void refusesANumberTooLargeForADouble() {
            Problem.FieldError error = onlyError(refusal("{\"scaled\": 1e400}"));
            assertThat(error).isEqualTo(new Problem.FieldError("scaled", "must be a finite number"));
            assertThat(onlyError(refusal("{\"raw\": -1e400}")).field()).isEqualTo("raw");
        }

        @Test
        void findsANumberTooLargeForADoubleInsideATree() throws JsonProcessingException {
            JsonNode tree = json.readTree("{\"statements\": [{\"result\": {\"score\": {\"raw\": 1e400}}}]}");
            assertThat(StrictJson.violations(tree))
                    .containsExactly(
                            new Problem.FieldError("statements[0].result.score.raw", "must be a finite number"));
        }
    }

    @Nested
    class NoNulCharacter {

        private static final String NUL = "must not contain the NUL character (U+0000)";

        @Test
        void refusesItInAStringAndNamesTheField() {
            assertThat(onlyError(refusal("{\"title\": \"x\\u0000y\"}")))
                    .isEqualTo(new Problem.FieldError("title", NUL));
        }

        @Test
        void refusesItInAListElement() {
            assertThat(onlyError(refusal("{\"tags\": [\"a\", \"\\u0000\"]}")))
                    .isEqualTo(new Problem.FieldError("tags[1]", NUL));
        }

        @Test
        void refusesItInAnObjectKey() {
            assertThat(onlyError(refusal("{\"extensions\": {\"k\\u0000\": \"v\"}}"))
                            .message())
                    .isEqualTo(NUL);
        }

        @Test
        void findsItInsideATreeAndNamesThePathLeavingTheRefusalToTheTreesReader() throws JsonProcessingException {
            JsonNode tree = json.readTree("[{\"actor\": {\"names\": [\"a\", \"b\\u0000\"]}}, {\"k\\u0000\": 1}]");
            assertThat(StrictJson.violations(tree))
                    .containsExactly(
                            new Problem.FieldError("[0].actor.names[1]", NUL), new Problem.FieldError("[1].k?", NUL));
        }

        @Test
        void refusesItInATreeBuiltElsewhere() throws JsonProcessingException {
            JsonNode tree = new ObjectMapper().readTree("{\"a\": {\"b\": \"\\u0000\"}}");
            assertThatThrownBy(() -> StrictJson.requireValid(tree))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.toProblem("/").errors())
                                    .containsExactly(new Problem.FieldError("a.b", NUL)));
        }
    }

    @Nested
    class NoLibraryInternals {

        @Test
        void describesTooDeepNestingInItsOwnWords() {
            String deep = "[".repeat(5000) + "]".repeat(5000);
            ProblemException refusal;
            try {
                json.readTree(deep);
                throw new AssertionError("accepted");
            } catch (JsonProcessingException e) {
                refusal = JsonProblems.of(e);
            }
            assertThat(refusal.getMessage())
                    .contains("1,000 levels of nesting")
                    .doesNotContain("StreamReadConstraints")
                    .doesNotContain("getMax");
        }

        @Test
        void describesMalformedJsonByPlaceNotByParserMessage() {
            ProblemException refusal = refusal("{\"title\": }");
            assertThat(refusal.getMessage()).isEqualTo("The body is not valid JSON (line 1, column 11).");
        }
    }
}
