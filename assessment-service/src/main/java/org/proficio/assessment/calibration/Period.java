package org.proficio.assessment.calibration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * The period statistics cover, on the rater scores' {@code scored_at}: from inclusive, to exclusive; a missing bound
 * does not limit.
 */
public record Period(OffsetDateTime from, OffsetDateTime to) {

    /** Reads the {@code from} and {@code to} query parameters (ISO-8601 date-times with offset); 400 when unusable. */
    public static Period parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime start = parse("from", from, errors);
        OffsetDateTime end = parse("to", to, errors);
        if (errors.isEmpty() && start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    "The period is not usable: give ISO-8601 date-times with offset, from before to.",
                    errors);
        }
        return new Period(start, end);
    }

    /**
     * Rounded up to PostgreSQL's microseconds: a score stored at microsecond m is before a bound b exactly when it is
     * before the bound rounded up, so both the inclusive and the exclusive bound keep their meaning.
     */
    private static OffsetDateTime micros(OffsetDateTime t) {
        OffsetDateTime down = t.truncatedTo(ChronoUnit.MICROS);
        return down.equals(t) ? t : down.plus(1, ChronoUnit.MICROS);
    }

    private static OffsetDateTime parse(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return micros(OffsetDateTime.parse(value.strip()).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 date-time with offset, like 2026-11-01T00:00:00Z"));
            return null;
        }
    }
}
