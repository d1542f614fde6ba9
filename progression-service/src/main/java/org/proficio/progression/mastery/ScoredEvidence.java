package org.proficio.progression.mastery;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One final score of a learner on a competency, as a policy judges it.
 *
 * @param observedAt when the learning was done or observed: scores are judged in this order, not in arrival order
 */
public record ScoredEvidence(
        UUID evidenceId,
        BigDecimal score,
        String level,
        boolean proficient,
        String assessmentKind,
        String modality,
        OffsetDateTime observedAt) {

    /** Oldest observation first; the same instant is ordered by evidence id, so any arrival order gives one order. */
    public static final Comparator<ScoredEvidence> OBSERVATION_ORDER =
            Comparator.comparing(ScoredEvidence::observedAt).thenComparing(ScoredEvidence::evidenceId);

    /** The modalities that count as a performance or authentic assessment. */
    public static final Set<String> PERFORMANCE_MODALITIES = Set.of(
            "PERFORMANCE_TASK",
            "PRESENTATION",
            "PROJECT",
            "PORTFOLIO",
            "RESEARCH_PAPER",
            "COMMUNITY_CHALLENGE",
            "OBSERVATION");

    public boolean performance() {
        return modality != null && PERFORMANCE_MODALITIES.contains(modality.toUpperCase(Locale.ROOT));
    }

    public boolean summative() {
        return "SUMMATIVE".equalsIgnoreCase(assessmentKind);
    }
}
