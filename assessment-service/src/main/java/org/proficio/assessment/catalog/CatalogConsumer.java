package org.proficio.assessment.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.proficio.assessment.Channels;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;

/**
 * Builds the catalog read model from the competency-service's events. Each event is applied once (the inbox
 * records its id with the change); unreadable or persistently failing records go to {@code proficio.assessment.dlq}.
 */
@ApplicationScoped
public class CatalogConsumer {

    private final Inbox inbox;
    private final CatalogUpdater updater;

    public CatalogConsumer(Inbox inbox, CatalogUpdater updater) {
        this.inbox = inbox;
        this.updater = updater;
    }

    @Incoming(Channels.COMPETENCY_EVENTS)
    public Uni<Void> consume(Message<String> message) {
        if (inbox.type(message)
                .filter(type -> !EventTypes.FRAMEWORK_PUBLISHED.equals(type))
                .isPresent()) {
            // Other catalog events (retirements, courses, ...) are not for this read model: skipped without a
            // transaction. Records without a type go on to the inbox, which dead-letters them.
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(Channels.CATALOG_CONSUMER, message, updater::frameworkPublished);
    }
}
