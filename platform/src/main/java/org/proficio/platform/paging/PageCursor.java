package org.proficio.platform.paging;

import io.quarkus.panache.common.Parameters;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.proficio.platform.problem.ProblemException;

/**
 * Keyset position in a list ordered by (time, id): opaque to clients (base64url), stable under inserts, and cheap
 * for PostgreSQL (an index range scan instead of an offset).
 */
public record PageCursor(OffsetDateTime after, UUID afterId) {

    public String encode() {
        String raw = after + "|" + afterId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; a tampered or foreign one is a 400. */
    public static PageCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new PageCursor(OffsetDateTime.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw ProblemException.badRequest("The cursor is not one this list gave out.");
        }
    }

    /**
     * Reads the {@code limit} query parameter as a client typed it: absent is the default, anything but a whole
     * number in range is a 400 that says so.
     */
    public static int limit(String requested) {
        if (requested == null || requested.isBlank()) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            return limit(Integer.valueOf(requested.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("limit", "is not a whole number");
        }
    }

    /** Checks a requested page size against the limits every list shares. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return Page.DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > Page.MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + Page.MAX_LIMIT + ".");
        }
        return requested;
    }

    /**
     * Ends a query for a page newest first: appends the keyset condition (rows after {@code after}, if any) and the
     * order by {@code time} then {@code id}, both descending, and binds the cursor's parameters.
     *
     * @param time the entity's time attribute as the query names it, e.g. {@code submittedAt} or {@code a.createdAt}
     * @param id its id attribute, e.g. {@code id} or {@code a.id}
     */
    public static String newestFirst(StringBuilder query, Parameters params, PageCursor after, String time, String id) {
        return keyset(query, params, after, time, id, "<", " desc");
    }

    /** Like {@link #newestFirst}, oldest first: both orders ascending. */
    public static String oldestFirst(StringBuilder query, Parameters params, PageCursor after, String time, String id) {
        return keyset(query, params, after, time, id, ">", "");
    }

    private static String keyset(
            StringBuilder query,
            Parameters params,
            PageCursor after,
            String time,
            String id,
            String beyond,
            String dir) {
        if (after != null) {
            query.append(" and (")
                    .append(time)
                    .append(' ')
                    .append(beyond)
                    .append(" :after or (")
                    .append(time)
                    .append(" = :after and ")
                    .append(id)
                    .append(' ')
                    .append(beyond)
                    .append(" :afterId))");
            params.and("after", after.after()).and("afterId", after.afterId());
        }
        return query.append(" order by ")
                .append(time)
                .append(dir)
                .append(", ")
                .append(id)
                .append(dir)
                .toString();
    }
}
