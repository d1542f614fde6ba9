package org.proficio.support.intervention;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;
import org.proficio.platform.inbox.IncomingEvent;
import org.proficio.support.Channels;
import org.proficio.support.intervention.ProgressionEvents.CompetencyMastered;
import org.proficio.support.intervention.ProgressionEvents.LearnerStruggling;

/**
 * Turns progression's LearnerStruggling and CompetencyMastered events into interventions opened and resolved; the
 * topic's other event types (MasteryChanged, ...) are skipped.
 */
@ApplicationScoped
public class InterventionConsumer {

    /** This consumer's name in the inbox: its record of applied event ids. */
    static final String CONSUMER = "support-interventions";

    private static final Set<String> HANDLED = Set.of(EventTypes.LEARNER_STRUGGLING, EventTypes.COMPETENCY_MASTERED);

    private final Inbox inbox;
    private final InterventionService interventions;

    public InterventionConsumer(Inbox inbox, InterventionService interventions) {
        this.inbox = inbox;
        this.interventions = interventions;
    }

    @Incoming(Channels.PROGRESSION)
    public Uni<Void> consume(Message<String> message) {
        if (isOtherType(message)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        if (EventTypes.LEARNER_STRUGGLING.equals(event.type())) {
            return interventions
                    .open(event.district(), inbox.data(event, LearnerStruggling.class))
                    .replaceWithVoid();
        }
        return interventions
                .resolve(event.district(), inbox.data(event, CompetencyMastered.class))
                .replaceWithVoid();
    }

    /**
     * Skips the topic's other event types without a transaction. A record without a type, CloudEvent or not, still
     * goes through the inbox, which dead-letters it.
     */
    private boolean isOtherType(Message<String> message) {
        return inbox.type(message).filter(type -> !HANDLED.contains(type)).isPresent();
    }
}
