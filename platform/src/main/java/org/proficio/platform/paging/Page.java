package org.proficio.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code nextCursor} is absent on the last page; pass it back as {@code cursor} for the next.
 */
public record Page<T>(List<T> items, String nextCursor) {

    /** Default and largest page sizes of every list endpoint. */
    public static final int DEFAULT_LIMIT = 50;

    public static final int MAX_LIMIT = 500;

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that there is a next page, whose
     * cursor is made from the last row shown.
     */
    public static <R, T> Page<T> of(List<R> fetched, int limit, Function<R, T> view, Function<R, PageCursor> cursorOf) {
        return keyed(fetched, limit, view, row -> cursorOf.apply(row).encode());
    }

    /**
     * The same for a list ordered by something else than time and id: {@code cursorOf} encodes the position of the
     * last row shown (an {@link OpaqueCursor}, say).
     */
    public static <R, T> Page<T> keyed(List<R> fetched, int limit, Function<R, T> view, Function<R, String> cursorOf) {
        boolean more = fetched.size() > limit;
        List<R> shown = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
