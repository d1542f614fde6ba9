package org.proficio.progression.mastery;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.proficio.progression.policy.Calculation;
import org.proficio.progression.policy.MasteryPolicy;

/**
 * What a mastery policy makes of all of a learner's scores on one competency: a pure function of the set of scores,
 * the policy and the scale, so the order and the repetition in which evidence arrives change nothing.
 *
 * @param inputs the scores judged, oldest observation first
 * @param explanation a sentence a learner or a family can read
 * @param consecutiveBelowProficient the latest scores below proficient, in a row
 */
public record Judgement(
        MasteryStatus status,
        BigDecimal value,
        Scale.Level level,
        String computation,
        String explanation,
        List<ScoredEvidence> inputs,
        int consecutiveBelowProficient,
        int proficientCount,
        int summativeCount,
        Set<String> modalities) {

    /**
     * Judges the scores.
     *
     * <ul>
     *   <li>NOT_STARTED without scores.
     *   <li>MASTERED when the value reaches proficient and the policy's sufficiency rules hold.
     *   <li>PROFICIENT when the value reaches proficient but evidence is still missing.
     *   <li>STRUGGLING when the latest {@code strugglingAfter} scores are all below proficient.
     *   <li>IN_PROGRESS otherwise (including no value yet).
     * </ul>
     */
    public static Judgement of(MasteryPolicy policy, Scale scale, List<ScoredEvidence> scores) {
        List<ScoredEvidence> ordered =
                scores.stream().sorted(ScoredEvidence.OBSERVATION_ORDER).toList();
        if (ordered.isEmpty()) {
            return new Judgement(
                    MasteryStatus.NOT_STARTED,
                    null,
                    null,
                    null,
                    "Not started: no scored evidence yet.",
                    ordered,
                    0,
                    0,
                    0,
                    Set.of());
        }
        Calculation calculation = policy.algorithm()
                .calculate(
                        ordered.stream().map(ScoredEvidence::score).toList(), policy, scale.proficient(), scale.top());
        int below = 0;
        for (int i = ordered.size() - 1; i >= 0 && ordered.get(i).score().compareTo(scale.proficient()) < 0; i--) {
            below++;
        }
        int proficientCount = (int) ordered.stream()
                .filter(s -> s.score().compareTo(scale.proficient()) >= 0)
                .count();
        int summative = (int) ordered.stream().filter(ScoredEvidence::summative).count();
        Set<String> modalities = new TreeSet<>();
        ordered.stream().map(ScoredEvidence::modality).filter(m -> m != null).forEach(modalities::add);
        boolean performance = ordered.stream().anyMatch(ScoredEvidence::performance);

        List<String> missing = new ArrayList<>();
        if (ordered.size() < policy.minEvidence()) {
            missing.add(policy.minEvidence() + " pieces of evidence (there " + (ordered.size() == 1 ? "is " : "are ")
                    + ordered.size() + ")");
        }
        if (policy.requirePerformance() && !performance) {
            missing.add("a performance assessment (project, presentation, portfolio, research paper, community"
                    + " challenge, observation or performance task)");
        }
        if (policy.requireSummative() && summative == 0) {
            missing.add("a summative assessment");
        }
        BigDecimal value = calculation.value();
        Scale.Level level = scale.levelOf(value);
        String valued = value == null
                ? calculation.computation()
                : valuePhrase(policy, ordered.size()) + " is " + number(value)
                        + (level == null ? "" : " (" + level.label() + ")");
        String threshold = number(scale.proficient());
        MasteryStatus status;
        String explanation;
        if (scale.reachesProficient(value) && missing.isEmpty()) {
            status = MasteryStatus.MASTERED;
            explanation = "Mastered: " + valued + ", at or above proficient (" + threshold + "), on "
                    + pieces(ordered.size()) + " of evidence" + includes(performance, summative) + ".";
        } else if (scale.reachesProficient(value)) {
            status = MasteryStatus.PROFICIENT;
            explanation = "Proficient, not yet mastered: " + valued + ", at or above proficient (" + threshold
                    + "), but mastery also needs " + String.join(" and ", missing) + ".";
        } else if (below >= policy.strugglingAfter()) {
            status = MasteryStatus.STRUGGLING;
            explanation = "Struggling: the last " + (below == 1 ? "score was" : below + " scores were")
                    + " below proficient (" + threshold + "); " + valued + ".";
        } else {
            status = MasteryStatus.IN_PROGRESS;
            explanation = "In progress: " + valued + "; proficient starts at " + threshold + ".";
        }
        return new Judgement(
                status,
                value,
                level,
                calculation.computation(),
                explanation,
                ordered,
                below,
                proficientCount,
                summative,
                modalities);
    }

    public OffsetDateTime firstObservedAt() {
        return inputs.isEmpty() ? null : inputs.get(0).observedAt();
    }

    public OffsetDateTime lastObservedAt() {
        return inputs.isEmpty() ? null : inputs.get(inputs.size() - 1).observedAt();
    }

    private static String valuePhrase(MasteryPolicy policy, int scores) {
        String of = " of " + (scores == 1 ? "1 score" : scores + " scores");
        return switch (policy.algorithm()) {
            case MOST_RECENT -> "the most recent score";
            case HIGHEST -> "the highest score";
            case MEAN -> "the mean" + of;
            case WEIGHTED_AVERAGE -> "the weighted average" + of;
            case DECAYING_AVERAGE -> "the decaying average" + of;
            case N_TIMES_PROFICIENT -> "the mean of the scores at or above proficient";
            case POWER_LAW -> "the power-law trend" + of;
        };
    }

    private static String includes(boolean performance, int summative) {
        if (performance && summative > 0) {
            return ", including a performance and a summative assessment";
        }
        if (performance) {
            return ", including a performance assessment";
        }
        return summative > 0 ? ", including a summative assessment" : "";
    }

    private static String pieces(int count) {
        return count == 1 ? "1 piece" : count + " pieces";
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
