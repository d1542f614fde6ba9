package org.proficio.platform.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/**
 * Runs a step for each item, one after the other and in order, as a reactive session needs (it takes one operation at
 * a time). Use it instead of a chain built in a loop ({@code done = done.chain(...)} per item): a chain of a thousand
 * or so Unis overflows the stack when it is subscribed to, and the error is lost, so the request or job waits for
 * ever (a policy change's batch of 1,300 events did). This runs in constant stack, however many items there are.
 */
public final class OneAfterAnother {

    private OneAfterAnother() {}

    /** Completes when the step of the last item has; fails with the first step that fails, running no further. */
    public static <T> Uni<Void> each(Iterable<T> items, Function<? super T, Uni<?>> step) {
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUniAndConcatenate(item -> step.apply(item).replaceWith(Boolean.TRUE))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
