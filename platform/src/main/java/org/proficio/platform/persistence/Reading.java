package org.proficio.platform.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.hibernate.FlushMode;

/**
 * For a request that only reads: its session loads entities read-only and never flushes. Hibernate otherwise checks
 * every loaded entity for changes before each query (AUTO flush), a quarter of the CPU of a read of a few hundred
 * rows. Start the read's chain with {@code Reading.only().chain(...)} inside its {@code @WithSession}; never in a
 * method that writes.
 */
public final class Reading {

    private Reading() {}

    public static Uni<Void> only() {
        return Panache.getSession()
                .invoke(session -> {
                    session.setDefaultReadOnly(true);
                    session.setFlushMode(FlushMode.MANUAL);
                })
                .replaceWithVoid();
    }
}
