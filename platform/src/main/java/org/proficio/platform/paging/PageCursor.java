package org.proficio.platform.paging;

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
}
