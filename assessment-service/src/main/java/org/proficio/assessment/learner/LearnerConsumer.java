package org.proficio.assessment.learner;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;
import org.proficio.platform.inbox.IncomingEvent;

/**
 * Keeps the read model of the district's registered learners from progression-service's LearnerRegistered events
 * (channel {@value #CHANNEL}); the topic's other events are skipped without a transaction. Each event is applied once
 * (the inbox records it with the change); an older revision than the one held changes nothing.
 */
@ApplicationScoped
public class LearnerConsumer {

    public static final String CHANNEL = "progression-events";
    static final String CONSUMER = "assessment-learners";

    private final Inbox inbox;

    public LearnerConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        if (inbox.type(message)
                .filter(type -> !EventTypes.LEARNER_REGISTERED.equals(type))
                .isPresent()) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        LearnerRegistered registered = inbox.data(event, LearnerRegistered.class);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into known_learner (district, learner_id, revision, active, flagged)
                                values (:district, :learner, :revision, :active, :flagged)
                                on conflict (district, learner_id) do update
                                set revision = excluded.revision, active = excluded.active, flagged = excluded.flagged
                                where known_learner.revision < excluded.revision""")
                        .setParameter("district", event.district())
                        .setParameter("learner", registered.learnerId())
                        .setParameter("revision", registered.revision())
                        .setParameter("active", registered.active())
                        .setParameter("flagged", registered.flagged())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
