package org.proficio.progression.mastery;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * How a standing would change: status and value before and after. A dry run of a policy lists these; applying the
 * policy makes exactly these changes (decisions with cause POLICY).
 */
public record StandingChange(
        String learnerId,
        UUID competencyId,
        UUID frameworkId,
        MasteryStatus fromStatus,
        MasteryStatus toStatus,
        BigDecimal fromValue,
        BigDecimal toValue) {

    /** The change the judgement makes to the held standing; empty when neither its status nor its value changes. */
    static Optional<StandingChange> of(Mastery held, Judgement judgement) {
        MasteryStatus to = held.overridden() ? held.overrideStatus : judgement.status();
        BigDecimal toValue = judgement.value();
        boolean sameValue =
                held.value == null ? toValue == null : toValue != null && held.value.compareTo(toValue) == 0;
        if (to == held.status && sameValue) {
            return Optional.empty();
        }
        return Optional.of(new StandingChange(
                held.learnerId, held.competencyId, held.frameworkId, held.status, to, held.value, toValue));
    }

    public boolean statusChanged() {
        return fromStatus != toStatus;
    }

    /** Towards mastery (NOT_STARTED, STRUGGLING, IN_PROGRESS, PROFICIENT, MASTERED). */
    public boolean up() {
        return Rejudged.rank(toStatus) > Rejudged.rank(fromStatus);
    }
}
