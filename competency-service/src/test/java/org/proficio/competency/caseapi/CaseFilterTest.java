package org.proficio.competency.caseapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class CaseFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode document(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static boolean matches(String filter, String json) throws Exception {
        return CaseFilter.parse(filter, DocumentFields::comparable).matches(document(json));
    }

    @Test
    void containsIgnoresCase() throws Exception {
        assertThat(matches("title~'math'", "{\"title\": \"Grade 6 Mathematics\"}"))
                .isTrue();
        assertThat(matches("title~'MATH'", "{\"title\": \"Grade 6 Mathematics\"}"))
                .isTrue();
        assertThat(matches("title~'science'", "{\"title\": \"Grade 6 Mathematics\"}"))
                .isFalse();
    }

    @Test
    void comparesDatesAsInstantsWhateverTheirForm() throws Exception {
        String doc = "{\"lastChangeDateTime\": \"2018-03-01T10:00:00+00:00\"}";
        assertThat(matches("lastChangeDateTime>'2018-01-01'", doc)).isTrue();
        assertThat(matches("lastChangeDateTime<'2018-01-01'", doc)).isFalse();
        assertThat(matches("lastChangeDateTime='2018-03-01T11:00:00+01:00'", doc))
                .isTrue();
        assertThat(matches("lastChangeDateTime>='2018-03-01T10:00:00Z'", doc)).isTrue();
        assertThat(matches("lastChangeDateTime<='2018-03-01T09:59:59Z'", doc)).isFalse();
    }

    @Test
    void andBindsTighterThanOr() throws Exception {
        String doc = "{\"title\": \"Math\", \"language\": \"en\", \"version\": \"2\"}";
        assertThat(matches("title='Science' AND language='en' OR version='2'", doc))
                .isTrue();
        assertThat(matches("title='Science' AND language='en' OR version='3'", doc))
                .isFalse();
        assertThat(matches("title='Math' and language='en'", doc)).isTrue();
        assertThat(matches("title = 'Math'   AND   language != 'fr'", doc)).isTrue();
    }

    @Test
    void listFieldsMatchWhenOneElementDoes() throws Exception {
        String doc =
                "{\"subject\": [\"Math\", \"Science\"], \"subjectURI\": [{\"title\": \"Math\", \"identifier\": \"a\","
                        + " \"uri\": \"u\"}]}";
        assertThat(matches("subject='Science'", doc)).isTrue();
        assertThat(matches("subject!='Science'", doc)).isFalse();
        assertThat(matches("subject!='Art'", doc)).isTrue();
        assertThat(matches("subjectURI.title='Math'", doc)).isTrue();
    }

    @Test
    void missingFieldsMatchOnlyNotEqual() throws Exception {
        assertThat(matches("publisher='x'", "{}")).isFalse();
        assertThat(matches("publisher~''", "{}")).isFalse();
        assertThat(matches("publisher!='x'", "{\"publisher\": null}")).isTrue();
    }

    @Test
    void doubledQuoteIsAQuoteInsideAValue() throws Exception {
        assertThat(matches("title='Teacher''s guide'", "{\"title\": \"Teacher's guide\"}"))
                .isTrue();
    }

    @Test
    void refusesUnknownFieldsAsInvalidFilterField() {
        assertThatThrownBy(() -> CaseFilter.parse("colour='red'", DocumentFields::comparable))
                .isInstanceOfSatisfying(CaseApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toStatusInfo().codeMinor().fields().get(0).value())
                            .isEqualTo("invalid_filter_field");
                    assertThat(e.getMessage()).contains("colour");
                });
        // a link field as a whole cannot be compared, only its parts
        assertThatThrownBy(() -> CaseFilter.parse("licenseURI='x'", DocumentFields::comparable))
                .isInstanceOf(CaseApiException.class);
    }

    @Test
    void refusesMalformedFilters() {
        for (String bad : new String[] {
            "title",
            "title='open",
            "title=math",
            "title='a' XOR language='en'",
            "title='a'AND language='en'",
            "title=='a'",
            "='a'",
            "title='a' AND",
            ""
        }) {
            assertThatThrownBy(() -> CaseFilter.parse(bad, DocumentFields::comparable))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            CaseApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }
}
