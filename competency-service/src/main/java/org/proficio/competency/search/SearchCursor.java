package org.proficio.competency.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.proficio.platform.problem.ProblemException;

/**
 * Keyset position in a ranked result list, ordered by (tier, -rank, code, id): opaque to clients (base64url). The
 * rank is the float PostgreSQL computed, written so that it reads back to the same float.
 */
record SearchCursor(int tier, float negativeRank, String codeKey, UUID id) {

    String encode() {
        String raw = tier + "|" + negativeRank + "|" + id + "|" + codeKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; a tampered or foreign one is a 400. */
    static SearchCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 4);
            return new SearchCursor(
                    Integer.parseInt(parts[0]), Float.parseFloat(parts[1]), parts[3], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.badRequest("The cursor is not one this search gave out.");
        }
    }
}
