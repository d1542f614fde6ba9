package org.proficio.progression.learner;

import java.time.OffsetDateTime;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;

/**
 * A learner was registered or her details changed: the whole learner, so that a read model keeps the highest
 * revision it has seen and needs nothing else. Keyed by the learner id.
 */
public record LearnerRegistered(
        String learnerId,
        String displayName,
        String schoolId,
        String gradeLevel,
        boolean active,
        boolean flagged,
        int revision,
        String source,
        OffsetDateTime registeredAt,
        OffsetDateTime updatedAt) {

    static DomainEvent of(Learner learner) {
        return DomainEvent.aboutLearner(
                EventTypes.LEARNER_REGISTERED,
                learner.learnerId,
                new LearnerRegistered(
                        learner.learnerId,
                        learner.displayName,
                        learner.schoolId,
                        learner.gradeLevel,
                        learner.active,
                        learner.flagged,
                        learner.revision,
                        learner.source.name(),
                        learner.registeredAt,
                        learner.updatedAt));
    }
}
