package org.proficio.progression.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;
import org.proficio.platform.inbox.IncomingEvent;
import org.proficio.progression.Channels;

/** Feeds the catalog read model from competency-service's events; other catalog event types are skipped. */
@ApplicationScoped
public class CatalogConsumer {

    /** This consumer's name in the inbox: its record of applied event ids. */
    static final String CONSUMER = "progression-catalog";

    private final Inbox inbox;
    private final CatalogService catalog;

    public CatalogConsumer(Inbox inbox, CatalogService catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
    }

    @Incoming(Channels.CATALOG)
    public Uni<Void> consume(Message<String> message) {
        if (isOtherType(message)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        return catalog.apply(event.district(), inbox.data(event, FrameworkPublished.class));
    }

    /**
     * Skips the topic's other event types without a transaction. A record without a type, CloudEvent or not, still
     * goes through the inbox, which dead-letters it.
     */
    private boolean isOtherType(Message<String> message) {
        return inbox.type(message)
                .filter(type -> !EventTypes.FRAMEWORK_PUBLISHED.equals(type))
                .isPresent();
    }
}
