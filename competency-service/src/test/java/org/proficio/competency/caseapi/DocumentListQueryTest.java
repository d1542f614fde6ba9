package org.proficio.competency.caseapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentListQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode doc(String identifier, String title, String lastChange) {
        ObjectNode node = JSON.createObjectNode();
        node.put("identifier", identifier);
        node.put("title", title);
        if (lastChange != null) {
            node.put("lastChangeDateTime", lastChange);
        }
        return node;
    }

    private static final List<ObjectNode> DOCS = List.of(
            doc("a", "Science", "2019-05-01T00:00:00Z"),
            doc("b", "Mathematics", "2017-01-01T00:00:00Z"),
            doc("c", "Art", null),
            doc("d", "Mathematics II", "2021-01-01T00:00:00+02:00"));

    private static DocumentListQuery query(
            String limit, String offset, String sort, String orderBy, String filter, String fields) {
        return DocumentListQuery.parse(limit, offset, sort, orderBy, filter, fields, 500);
    }

    private static List<String> identifiers(DocumentListQuery.Result result) {
        return result.documents().stream()
                .map(d -> d.get("identifier").asText())
                .toList();
    }

    @Test
    void defaultsToTheStandardsPageOfHundredInCatalogOrder() {
        DocumentListQuery q = query(null, null, null, null, null, null);
        assertThat(q.limit()).isEqualTo(100);
        assertThat(q.offset()).isZero();
        assertThat(identifiers(q.apply(DOCS))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void sortsByTitleEitherWay() {
        assertThat(identifiers(query(null, null, "title", "asc", null, null).apply(DOCS)))
                .containsExactly("c", "b", "d", "a");
        assertThat(identifiers(query(null, null, "title", "DESC", null, null).apply(DOCS)))
                .containsExactly("a", "d", "b", "c");
    }

    @Test
    void sortsDatesAsInstantsWithMissingValuesLast() {
        assertThat(identifiers(query(null, null, "lastChangeDateTime", null, null, null)
                        .apply(DOCS)))
                .containsExactly("b", "a", "d", "c");
        assertThat(identifiers(query(null, null, "lastChangeDateTime", "desc", null, null)
                        .apply(DOCS)))
                .containsExactly("d", "a", "b", "c");
    }

    @Test
    void pagesAfterFilteringAndCountsAllMatches() {
        DocumentListQuery.Result result =
                query("1", "1", "title", null, "title~'math'", null).apply(DOCS);
        assertThat(result.total()).isEqualTo(2);
        assertThat(identifiers(result)).containsExactly("d");
        assertThat(query("10", "7", null, null, null, null).apply(DOCS).documents())
                .isEmpty();
    }

    @Test
    void selectsOnlyTheNamedFields() {
        ObjectNode first = query(null, null, null, null, null, "title, identifier")
                .apply(DOCS)
                .documents()
                .get(0);
        assertThat(first.properties()).extracting(e -> e.getKey()).containsExactly("identifier", "title");
        assertThat(DOCS.get(0).has("lastChangeDateTime"))
                .as("the source is untouched")
                .isTrue();
    }

    @Test
    void lowersTooLargeLimitsToTheMaximum() {
        assertThat(DocumentListQuery.parse("10000", null, null, null, null, null, 500)
                        .limit())
                .isEqualTo(500);
    }

    @Test
    void refusesBadParametersWithTheStandardsMinorCodes() {
        assertRefused(() -> query(null, null, "colour", null, null, null), "sort", "invalid_sort_field");
        assertRefused(() -> query(null, null, "licenseURI", null, null, null), "sort", "invalid_sort_field");
        assertRefused(() -> query(null, null, "title", "sideways", null, null), "orderBy", "invalid_sort_field");
        assertRefused(() -> query(null, null, null, null, null, "title,colour"), "fields", "invalid_selection_field");
        assertRefused(() -> query(null, null, null, null, "colour='red'", null), "filter", "invalid_filter_field");
        assertRefused(() -> query("0", null, null, null, null, null), "limit", "invalid_selection_field");
        assertRefused(() -> query("ten", null, null, null, null, null), "limit", "invalid_selection_field");
        assertRefused(() -> query(null, "-1", null, null, null, null), "offset", "invalid_selection_field");
    }

    private static void assertRefused(Runnable call, String field, String codeMinor) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CaseApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            ImsxStatusInfo.CodeMinorField minor =
                    e.toStatusInfo().codeMinor().fields().get(0);
            assertThat(minor.name()).isEqualTo(field);
            assertThat(minor.value()).isEqualTo(codeMinor);
        });
    }
}
