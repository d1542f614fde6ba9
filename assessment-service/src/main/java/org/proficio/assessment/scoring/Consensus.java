package org.proficio.assessment.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.proficio.assessment.assessment.Calibration.Agreement;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;

/**
 * Turns the scores of several blind raters into one judgement: whether they agree under the assessment's rule, and
 * if so, the final level, criteria levels and feedback. Plain Java, so the rules are tested without a database.
 *
 * <ul>
 *   <li>{@link Agreement#EXACT}: every rater gave the same level.
 *   <li>{@link Agreement#ADJACENT}: the highest and lowest level are at most one step apart and all raters are on the
 *       same side of the proficient line (all proficient or none).
 *   <li>The final level is the <em>lower median</em> of the raters' levels: sorted from lowest to highest, the one at
 *       index (N−1)/2. With two raters that is the lower level: conservative, mastery has to be shown.
 *   <li>Criteria levels likewise: per criterion, the lower median of the levels the raters gave it.
 *   <li>Feedback: each rater's feedback on its own line, in scoring order.
 * </ul>
 */
public final class Consensus {

    private Consensus() {}

    /** Whether the raters' scores agree under the rule; a single score always does. */
    public static boolean agree(Agreement rule, List<RaterScore> scores) {
        if (scores.size() < 2) {
            return true;
        }
        int lowest = scores.stream().mapToInt(s -> s.rank).min().orElseThrow();
        int highest = scores.stream().mapToInt(s -> s.rank).max().orElseThrow();
        return switch (rule) {
            case EXACT -> lowest == highest;
            case ADJACENT ->
                highest - lowest <= 1
                        && scores.stream().map(s -> s.proficient).distinct().count() == 1;
        };
    }

    /** The score holding the lower median level (index (N−1)/2 from the lowest); ties keep scoring order. */
    public static RaterScore lowerMedian(List<RaterScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        List<RaterScore> sorted =
                scores.stream().sorted(Comparator.comparingInt(s -> s.rank)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /**
     * Per criterion any rater scored (in order of first appearance), the lower median of the levels given to it by
     * the raters who scored it, ranked on the competency's scale.
     *
     * @param scores in scoring order
     */
    public static List<CriterionLevel> criteria(List<RaterScore> scores, ScaledCompetency scale) {
        Map<UUID, List<String>> given = new LinkedHashMap<>();
        for (RaterScore score : scores) {
            if (score.criteria != null) {
                for (CriterionLevel c : score.criteria) {
                    given.computeIfAbsent(c.criterionId(), id -> new ArrayList<>())
                            .add(c.level());
                }
            }
        }
        List<CriterionLevel> result = new ArrayList<>();
        given.forEach((criterion, levels) -> {
            List<String> sorted =
                    levels.stream().sorted(Comparator.comparingInt(scale::rank)).toList();
            result.add(new CriterionLevel(criterion, sorted.get((sorted.size() - 1) / 2)));
        });
        return result;
    }

    /** The raters' feedback, each on its own line in scoring order; null when nobody wrote any. */
    public static String feedback(List<RaterScore> scores) {
        String joined = scores.stream()
                .map(s -> s.feedback)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(f -> !f.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
