package org.proficio.competency.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.platform.paging.Page;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * A checked search request. Blank text parameters count as absent.
 *
 * @param q web-search syntax ({@code ratio "unit rate" -percent}) over codes and statements, and a code prefix
 * @param status the framework status searched, PUBLISHED unless a district admin asks for another
 */
record CompetencyQuery(
        String q,
        UUID framework,
        String subject,
        String level,
        Competency.Kind kind,
        Framework.Status status,
        int limit,
        SearchCursor after) {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_TERM_LENGTH = 100;

    /** Reads the raw parameters; every problem is listed in one 400. */
    static CompetencyQuery parse(
            String q,
            String framework,
            String subject,
            String level,
            String kind,
            String status,
            String limit,
            String cursor) {
        List<FieldError> errors = new ArrayList<>();
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            errors.add(new FieldError("q", "is longer than " + MAX_QUERY_LENGTH + " characters."));
        }
        UUID frameworkId = null;
        if (blankToNull(framework) != null) {
            try {
                frameworkId = UUID.fromString(framework.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("framework", "is not a framework id (a UUID)."));
            }
        }
        String subjectTerm = term("subject", subject, errors);
        String levelTerm = term("level", level, errors);
        Competency.Kind kindValue = constant(Competency.Kind.class, "kind", kind, null, errors);
        Framework.Status statusValue =
                constant(Framework.Status.class, "status", status, Framework.Status.PUBLISHED, errors);
        int pageSize = pageSize(limit, errors);
        SearchCursor after = null;
        if (blankToNull(cursor) != null) {
            try {
                after = SearchCursor.decode(cursor.strip());
            } catch (ProblemException e) {
                errors.add(new FieldError("cursor", "is not one this search gave out."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    "The search has " + errors.size() + " invalid parameter(s).",
                    errors);
        }
        return new CompetencyQuery(text, frameworkId, subjectTerm, levelTerm, kindValue, statusValue, pageSize, after);
    }

    private static String term(String name, String value, List<FieldError> errors) {
        String term = blankToNull(value);
        if (term != null && term.length() > MAX_TERM_LENGTH) {
            errors.add(new FieldError(name, "is longer than " + MAX_TERM_LENGTH + " characters."));
        }
        return term;
    }

    private static <E extends Enum<E>> E constant(
            Class<E> type, String name, String value, E absent, List<FieldError> errors) {
        String given = blankToNull(value);
        if (given == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be one of " + List.of(type.getEnumConstants()) + "."));
            return absent;
        }
    }

    private static int pageSize(String limit, List<FieldError> errors) {
        if (blankToNull(limit) == null) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= Page.MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + Page.MAX_LIMIT + "."));
        return Page.DEFAULT_LIMIT;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
