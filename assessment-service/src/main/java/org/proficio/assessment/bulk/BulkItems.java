package org.proficio.assessment.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.proficio.assessment.bulk.BulkRequests.NewEvidenceBulk;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.platform.json.StrictJson;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.problem.ProblemTypes;

/**
 * Reads the items of a bulk request one by one: each becomes a bean-validated {@link NewEvidence} or the 400 problem
 * the same body would get from the single POST (wrong type or format, invalid fields), so that one malformed item is
 * refused alone. Field names are relative to the item.
 */
@ApplicationScoped
public class BulkItems {

    /** An item as read: its request, or the problem that refuses it. */
    public record Item(int index, JsonNode raw, NewEvidence request, Problem refusal) {

        /** The item's own sourceId, even from an item that could not be read, so clients can match results. */
        public String sourceId() {
            if (request != null) {
                return request.sourceId();
            }
            JsonNode sourceId = raw == null ? null : raw.get("sourceId");
            return sourceId != null && sourceId.isTextual() ? sourceId.textValue() : null;
        }
    }

    private final ObjectMapper json;
    private final Validator validator;

    public BulkItems(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * Reads every item of the request.
     *
     * @throws ProblemException 400 without a body or without items, 413 with more than {@link BulkRequests#MAX_ITEMS}
     */
    public List<Item> read(NewEvidenceBulk request) {
        if (request == null || request.items() == null || request.items().isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    "Send 1 to " + BulkRequests.MAX_ITEMS + " items.",
                    List.of(new FieldError("items", "must hold 1 to " + BulkRequests.MAX_ITEMS + " items")));
        }
        if (request.items().size() > BulkRequests.MAX_ITEMS) {
            throw new ProblemException(
                    413,
                    "content-too-large",
                    "Content too large",
                    "A bulk request holds at most " + BulkRequests.MAX_ITEMS + " items; this one has "
                            + request.items().size() + ". Split it.",
                    List.of(new FieldError("items", "must hold at most " + BulkRequests.MAX_ITEMS + " items")));
        }
        List<Item> items = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            items.add(read(i, request.items().get(i)));
        }
        return items;
    }

    /**
     * What identifies the request for Idempotency-Key: the items as read (so that the same evidence written with other
     * spacing, key order or time zone is the same request) and the raw JSON of items that could not be read.
     */
    public static List<Object> fingerprint(List<Item> items) {
        return items.stream()
                .map(item -> item.request() != null ? item.request() : item.raw())
                .toList();
    }

    private Item read(int index, JsonNode raw) {
        if (raw == null || !raw.isObject()) {
            return refused(index, raw, unreadable("The item is not a JSON object.", List.of()));
        }
        List<FieldError> refusedValues = StrictJson.violations(raw);
        if (!refusedValues.isEmpty()) {
            // The platform's rules for trees (no NUL, which would fail the whole transaction; finite numbers),
            // applied to this item alone.
            return refused(index, raw, invalid(refusedValues));
        }
        NewEvidence request;
        try {
            request = json.treeToValue(raw, NewEvidence.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            List<FieldError> errors = e instanceof JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? List.of(new FieldError(path(mapping), "has the wrong type or format"))
                    : List.of();
            return refused(index, raw, unreadable("The item is not JSON of the expected shape.", errors));
        }
        Set<ConstraintViolation<NewEvidence>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return refused(
                    index,
                    raw,
                    invalid(violations.stream()
                            .map(v -> new FieldError(field(v), v.getMessage()))
                            .toList()));
        }
        return new Item(index, raw, request, null);
    }

    private static Item refused(int index, JsonNode raw, Problem problem) {
        return new Item(index, raw, null, problem);
    }

    private static Problem unreadable(String detail, List<FieldError> errors) {
        return new Problem(ProblemTypes.uri("unreadable-body"), "Unreadable request body", 400, detail, null, errors);
    }

    private static Problem invalid(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return new Problem(
                ProblemTypes.uri("validation"),
                "Invalid request",
                400,
                "The item has " + sorted.size() + " invalid field(s).",
                null,
                sorted);
    }

    /** The property path as the single POST names it, e.g. {@code assessment.title}, {@code competencyIds[2]}. */
    private static String field(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
        return field.isEmpty() ? "item" : field;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
