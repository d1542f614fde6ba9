package org.proficio.progression.learner;

import org.proficio.platform.problem.ProblemException;

/**
 * The district's own ids of learners and schools: 1 to 100 printable ASCII characters without spaces (written as a
 * character range, which every regex dialect of the clients generated from the OpenAPI reads alike).
 */
public final class RosterIds {

    public static final String PATTERN = "^[!-~]{1,100}$";
    public static final String MESSAGE = "must be 1 to 100 printable ASCII characters without spaces";

    /** Grade levels: CEDS codes such as 09, KG, PK, Other. */
    public static final String GRADE_PATTERN = "^[A-Za-z0-9]{1,20}$";

    private RosterIds() {}

    public static boolean valid(String id) {
        return id != null && id.matches(PATTERN);
    }

    /** The id of a path, or 404: no learner or school of the district can have an id of another form. */
    public static String orNotFound(String id, String what) {
        if (!valid(id)) {
            throw ProblemException.notFound("No " + what + " " + id + " in your district.");
        }
        return id;
    }

    /** A query's true or false; anything else is a 400 naming the parameter. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }
}
