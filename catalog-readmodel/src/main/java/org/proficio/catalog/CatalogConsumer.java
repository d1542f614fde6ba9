package org.proficio.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;

/**
 * Builds the catalog read model from the competency-service's events on channel {@value #CHANNEL}, which the
 * service binds to {@code proficio.competency.events} with a dead-letter topic of its own. Each event is applied once
 * (the inbox records its id with the change, under {@link CatalogConfig#consumer()}); unreadable or persistently
 * failing records go to the dead letters and the partition goes on.
 */
@ApplicationScoped
public class CatalogConsumer {

    /** The incoming channel; its Kafka settings are the service's {@code mp.messaging.incoming.competency-events.*}. */
    public static final String CHANNEL = "competency-events";

    private static final Set<String> APPLIED =
            Set.of(EventTypes.FRAMEWORK_PUBLISHED, EventTypes.FRAMEWORK_RETIRED, EventTypes.PATHWAY_DEFINED);

    private final Inbox inbox;
    private final CatalogUpdater updater;
    private final CatalogConfig config;

    public CatalogConsumer(Inbox inbox, CatalogUpdater updater, CatalogConfig config) {
        this.inbox = inbox;
        this.updater = updater;
        this.config = config;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        if (inbox.type(message).filter(type -> !APPLIED.contains(type)).isPresent()) {
            // The topic's other events (courses: their snapshots come with their frameworks'; ...) are not for this
            // read model: skipped without a
            // transaction. Records without a type go on to the inbox, which dead-letters them.
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(config.consumer(), message, updater::apply);
    }
}
