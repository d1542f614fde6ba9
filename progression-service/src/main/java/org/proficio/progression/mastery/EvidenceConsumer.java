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
import org.proficio.progression.readiness.Readiness;
import org.proficio.progression.readiness.ReadinessDenied;

/**
 * Feeds mastery from assessment-service's EvidenceScored events, and the readiness read model from its
 * ReadinessDenied events; the topic's other event types are skipped.
 */
@ApplicationScoped
public class EvidenceConsumer {

    /** This consumer's name in the inbox: its record of applied event ids. */
    static final String CONSUMER = "progression-mastery";

    private static final String SUMMATIVE = "SUMMATIVE";

    private final Inbox inbox;
    private final MasteryService mastery;
    private final LearnerRegistry learners;
    private final Readiness readiness;

    public EvidenceConsumer(Inbox inbox, MasteryService mastery, LearnerRegistry learners, Readiness readiness) {
        this.inbox = inbox;
        this.mastery = mastery;
        this.learners = learners;
        this.readiness = readiness;
    }

    @Incoming(Channels.EVIDENCE)
    public Uni<Void> consume(Message<String> message) {
        if (isOtherType(message)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(CONSUMER, message, this::apply);
    }

    /**
     * A learner the district has not registered is registered from the evidence, flagged; then mastery is judged, and
     * a summative score ends the readiness denials before it.
     */
    private Uni<Void> apply(IncomingEvent event) {
        if (EventTypes.READINESS_DENIED.equals(event.type())) {
            return readiness.denied(event.district(), inbox.data(event, ReadinessDenied.class));
        }
        EvidenceScored scored = inbox.data(event, EvidenceScored.class);
        return learners.registerFromEvidence(event.district(), scored.learnerId())
                .chain(() -> mastery.apply(event.district(), scored))
                .chain(() -> SUMMATIVE.equals(scored.assessmentKind())
                        ? readiness.attempted(
                                event.district(),
                                scored.learnerId(),
                                scored.competencyId(),
                                scored.observedOrScoredAt())
                        : Uni.createFrom().voidItem())
                .replaceWithVoid();
    }

    /**
     * Skips the topic's other event types without a transaction. A record without a type, CloudEvent or not, still
     * goes through the inbox, which dead-letters it.
     */
    private boolean isOtherType(Message<String> message) {
        return inbox.type(message)
                .filter(type -> !EventTypes.EVIDENCE_SCORED.equals(type) && !EventTypes.READINESS_DENIED.equals(type))
                .isPresent();
    }
}
