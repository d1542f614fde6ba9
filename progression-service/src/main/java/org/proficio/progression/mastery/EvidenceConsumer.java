package org.proficio.progression.mastery;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;
import org.proficio.platform.inbox.IncomingEvent;
import org.proficio.progression.Channels;

/** Feeds mastery from assessment-service's EvidenceScored events; the topic's other event types are skipped. */
@ApplicationScoped
public class EvidenceConsumer {

    /** This consumer's name in the inbox: its record of applied event ids. */
    static final String CONSUMER = "progression-mastery";

    private final Inbox inbox;
    private final MasteryService mastery;

    public EvidenceConsumer(Inbox inbox, MasteryService mastery) {
        this.inbox = inbox;
        this.mastery = mastery;
    }

    @Incoming(Channels.EVIDENCE)
    public Uni<Void> consume(Message<String> message) {
        if (isOtherType(message)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        return mastery.apply(event.district(), inbox.data(event, EvidenceScored.class))
                .replaceWithVoid();
    }

    /**
     * Skips the topic's other event types without a transaction. A record without a type, CloudEvent or not, still
     * goes through the inbox, which dead-letters it.
     */
    private boolean isOtherType(Message<String> message) {
        return inbox.type(message)
                .filter(type -> !EventTypes.EVIDENCE_SCORED.equals(type))
                .isPresent();
    }
}
