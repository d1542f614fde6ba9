package org.proficio.progression.mastery;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;
import org.proficio.platform.inbox.IncomingEvent;
import org.proficio.progression.Channels;
import org.proficio.progression.learner.LearnerRegistry;

/** Feeds mastery from assessment-service's EvidenceScored events; the topic's other event types are skipped. */
@ApplicationScoped
public class EvidenceConsumer {

    /** This consumer's name in the inbox: its record of applied event ids. */
    static final String CONSUMER = "progression-mastery";

    private final Inbox inbox;
    private final MasteryService mastery;
    private final LearnerRegistry learners;

    public EvidenceConsumer(Inbox inbox, MasteryService mastery, LearnerRegistry learners) {
        this.inbox = inbox;
        this.mastery = mastery;
        this.learners = learners;
    }

    @Incoming(Channels.EVIDENCE)
    public Uni<Void> consume(Message<String> message) {
        if (isOtherType(message)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(CONSUMER, message, this::apply);
    }

    /** A learner the district has not registered is registered from the evidence, flagged; then mastery is judged. */
    private Uni<Void> apply(IncomingEvent event) {
        EvidenceScored scored = inbox.data(event, EvidenceScored.class);
        return learners.registerFromEvidence(event.district(), scored.learnerId())
                .chain(() -> mastery.apply(event.district(), scored))
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
