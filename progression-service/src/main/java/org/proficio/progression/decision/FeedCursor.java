package org.proficio.progression.decision;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.proficio.platform.problem.ProblemException;

/** A position in the decision feed: after the decision of transaction {@code tx} with sequence {@code seq}. Opaque. */
record FeedCursor(long tx, long seq) {

    /** Before every decision. */
    static final FeedCursor START = new FeedCursor(-1, -1);

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((tx + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a client sent back; the start when it sent none; a 400 for one the feed did not give out. */
    static FeedCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new FeedCursor(Long.parseLong(raw.substring(0, colon)), Long.parseLong(raw.substring(colon + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ProblemException.invalidField("cursor", "is not one this feed gave out");
        }
    }
}
