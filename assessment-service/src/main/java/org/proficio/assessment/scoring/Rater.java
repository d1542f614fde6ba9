package org.proficio.assessment.scoring;

import java.util.Optional;
import org.proficio.platform.security.Caller;

/**
 * Who scores or moderates in one request.
 *
 * @param name the token's principal, recorded as the rater or moderator
 * @param learnerId the caller's own learner id, when the token carries one: a learner never judges their own evidence
 */
public record Rater(String district, String name, Optional<String> learnerId) {

    public static Rater of(Caller caller) {
        return new Rater(caller.district(), caller.name(), caller.learnerId());
    }

    public static Rater of(String district, String name) {
        return new Rater(district, name, Optional.empty());
    }

    /** Whether this rater is the learner the evidence is about. */
    public boolean is(String learner) {
        return learnerId.filter(learner::equals).isPresent();
    }
}
