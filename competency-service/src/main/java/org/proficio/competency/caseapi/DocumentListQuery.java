package org.proficio.competency.caseapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The query parameters of {@code GET CFDocuments} (limit, offset, sort, orderBy, filter, fields), checked, and applied
 * to the CFDocuments a caller may see. Sorting, filtering and selecting work on the CFDocument JSON itself, so they
 * accept exactly the field names the standard gives.
 *
 * @param sort a field ({@link DocumentFields#comparable}), or null for the catalog's order (creation)
 * @param filter null for no filter
 * @param fields the fields to return, or empty for all
 */
record DocumentListQuery(
        int limit, int offset, String sort, boolean descending, CaseFilter filter, List<String> fields) {

    /** The standard's default page size. */
    static final int DEFAULT_LIMIT = 100;

    /** One page of documents and how many match in all (X-Total-Count). */
    record Result(List<ObjectNode> documents, int total) {}

    /**
     * Checks the raw parameters. A limit above {@code maxLimit} is lowered to it (the Link headers tell the client);
     * anything unreadable is a 400 with the standard's minor code.
     */
    static DocumentListQuery parse(
            String limit, String offset, String sort, String orderBy, String filter, String fields, int maxLimit) {
        int pageSize = Math.min(number("limit", limit, DEFAULT_LIMIT, 1), maxLimit);
        int first = number("offset", offset, 0, 0);
        String sortField = blank(sort) ? null : sort.strip();
        if (sortField != null && !DocumentFields.comparable(sortField)) {
            throw CaseApiException.invalidSort("sort", "'" + sortField + "' is not a CFDocument field to sort on.");
        }
        boolean descending = false;
        if (!blank(orderBy)) {
            String order = orderBy.strip().toLowerCase(Locale.ROOT);
            if (!order.equals("asc") && !order.equals("desc")) {
                throw CaseApiException.invalidSort("orderBy", "orderBy is asc or desc, not '" + orderBy + "'.");
            }
            descending = order.equals("desc");
        }
        CaseFilter parsedFilter = blank(filter) ? null : CaseFilter.parse(filter.strip(), DocumentFields::comparable);
        return new DocumentListQuery(pageSize, first, sortField, descending, parsedFilter, selection(fields));
    }

    /** Filters, sorts, pages and selects fields; {@code documents} are in the catalog's order. */
    Result apply(List<ObjectNode> documents) {
        List<ObjectNode> matching = filter == null
                ? documents
                : documents.stream().filter(filter::matches).toList();
        if (sort != null) {
            matching = sorted(matching, sort, descending); // ties keep the catalog's order
        }
        int total = matching.size();
        List<ObjectNode> page = matching.subList(Math.min(offset, total), Math.min(offset + limit, total)).stream()
                .map(this::select)
                .toList();
        return new Result(page, total);
    }

    private ObjectNode select(ObjectNode document) {
        return fields.isEmpty() ? document : document.deepCopy().retain(fields);
    }

    /**
     * Documents without a value for the field come last in either order. The values are compared as instants if all
     * of them are dates, as numbers if all are numbers, else as text, so that the order is total.
     */
    private static List<ObjectNode> sorted(List<ObjectNode> documents, String field, boolean descending) {
        record Keyed(ObjectNode document, String key) {}
        List<Keyed> keyed = documents.stream()
                .map(d -> new Keyed(
                        d, FieldValues.at(d, field).stream().findFirst().orElse(null)))
                .toList();
        Comparator<String> order = FieldValues.orderOf(
                keyed.stream().map(Keyed::key).filter(k -> k != null).toList());
        Comparator<String> direction = descending ? order.reversed() : order;
        return keyed.stream()
                .sorted(Comparator.comparing(Keyed::key, Comparator.nullsLast(direction))) // stable
                .map(Keyed::document)
                .toList();
    }

    private static List<String> selection(String fields) {
        if (blank(fields)) {
            return List.of();
        }
        List<String> names = Arrays.stream(fields.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        Optional<String> unknown =
                names.stream().filter(n -> !DocumentFields.selectable(n)).findFirst();
        if (unknown.isPresent()) {
            throw CaseApiException.invalidSelection("fields", "'" + unknown.get() + "' is not a CFDocument field.");
        }
        return names;
    }

    private static int number(String parameter, String value, int fallback, int min) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw CaseApiException.invalidSelection(
                parameter, parameter + " must be a whole number of at least " + min + ", not '" + value + "'.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
