package org.proficio.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.proficio.platform.json.RefusedValueException;

/**
 * What to tell a client whose JSON body could not be read: where and what, in our words. Jackson's own messages
 * name its classes and settings ({@code StreamReadConstraints.getMaxNestingDepth()}), so none of them is passed on.
 */
public final class JsonProblems {

    private static final String SLUG = "unreadable-body";
    private static final String TITLE = "Unreadable request body";

    private JsonProblems() {}

    /** The 400 for a body Jackson could not read. */
    public static ProblemException of(JsonProcessingException e) {
        if (e instanceof RefusedValueException refused) {
            String field = path(refused);
            return ProblemException.invalidField(field.isEmpty() ? "body" : field, refused.rule());
        }
        if (e instanceof StreamConstraintsException) {
            return unreadable("The body exceeds a limit of this API: at most 1,000 levels of nesting, numbers of at"
                    + " most 1,000 digits and strings of at most 20,000,000 characters.");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new ProblemException(
                    400,
                    SLUG,
                    TITLE,
                    "The body is not JSON of the expected shape.",
                    List.of(new Problem.FieldError(path(mapping), expected(mapping))));
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return unreadable("The body has more after its JSON value" + at(e.getLocation()) + ".");
        }
        if (e instanceof JsonMappingException) {
            return unreadable("The body is not JSON of the expected shape.");
        }
        return unreadable("The body is not valid JSON" + at(e.getLocation()) + ".");
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(400, SLUG, TITLE, detail, List.of());
    }

    private static String expected(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of "
                    + Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        return "has the wrong type or format";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The property path, e.g. {@code competencies[0].code}, {@code ids[2]}. */
    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
