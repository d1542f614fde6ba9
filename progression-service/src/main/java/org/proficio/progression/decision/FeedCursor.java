package org.proficio.progression.decision;

import java.util.List;
import org.proficio.platform.paging.OpaqueCursor;

/** A position in the decision feed: after the decision of transaction {@code tx} with sequence {@code seq}. Opaque. */
record FeedCursor(long tx, long seq) {

    /** Before every decision. */
    static final FeedCursor START = new FeedCursor(-1, -1);

    String encode() {
        return OpaqueCursor.encode(tx, seq);
    }

    /** The position a client sent back; the start when it sent none; a 400 for one the feed did not give out. */
    static FeedCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        List<String> values = OpaqueCursor.decode(cursor, 2, "this feed");
        try {
            return new FeedCursor(Long.parseLong(values.get(0)), Long.parseLong(values.get(1)));
        } catch (NumberFormatException e) {
            throw OpaqueCursor.refused("this feed");
        }
    }
}
