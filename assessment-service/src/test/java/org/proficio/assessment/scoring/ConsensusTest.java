package org.proficio.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.Calibration.Agreement;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;

/** The agreement rule and the final-level rule, without a database. Plain JUnit. */
class ConsensusTest {

    private static final ScaledCompetency SCALE = new ScaledCompetency(
            UUID.randomUUID(),
            UUID.randomUUID(),
            List.of(
                    new ScaledCompetency.Level("beginning", "Beginning", BigDecimal.ONE, false),
                    new ScaledCompetency.Level("developing", "Developing", BigDecimal.valueOf(2), false),
                    new ScaledCompetency.Level("proficient", "Proficient", BigDecimal.valueOf(3), true),
                    new ScaledCompetency.Level("advanced", "Advanced", BigDecimal.valueOf(4), true)));

    private static RaterScore score(String rater, String level, String feedback, CriterionLevel... criteria) {
        RaterScore s = new RaterScore();
        s.rater = rater;
        s.level = level;
        s.rank = SCALE.rank(level);
        s.proficient = SCALE.level(level).orElseThrow().proficient();
        s.feedback = feedback;
        s.criteria = criteria.length == 0 ? null : List.of(criteria);
        return s;
    }

    @Test
    void exactRuleNeedsTheSameLevel() {
        assertThat(Consensus.agree(
                        Agreement.EXACT, List.of(score("a", "proficient", null), score("b", "proficient", null))))
                .isTrue();
        assertThat(Consensus.agree(
                        Agreement.EXACT, List.of(score("a", "proficient", null), score("b", "advanced", null))))
                .isFalse();
    }

    @Test
    void adjacentRuleNeedsNeighboursOnTheSameSideOfTheProficientLine() {
        assertThat(Consensus.agree(
                        Agreement.ADJACENT, List.of(score("a", "proficient", null), score("b", "advanced", null))))
                .isTrue();
        assertThat(Consensus.agree(
                        Agreement.ADJACENT, List.of(score("a", "beginning", null), score("b", "developing", null))))
                .isTrue();
        assertThat(Consensus.agree(
                        Agreement.ADJACENT, List.of(score("a", "developing", null), score("b", "proficient", null))))
                .as("neighbours across the proficient line")
                .isFalse();
        assertThat(Consensus.agree(
                        Agreement.ADJACENT,
                        List.of(
                                score("a", "proficient", null),
                                score("b", "advanced", null),
                                score("c", "proficient", null))))
                .isTrue();
        assertThat(Consensus.agree(
                        Agreement.ADJACENT, List.of(score("a", "beginning", null), score("b", "proficient", null))))
                .isFalse();
    }

    @Test
    void finalLevelIsTheLowerMedian() {
        assertThat(Consensus.lowerMedian(List.of(score("a", "advanced", null), score("b", "proficient", null))).level)
                .as("two raters: the lower level")
                .isEqualTo("proficient");
        assertThat(Consensus.lowerMedian(List.of(
                                score("a", "advanced", null),
                                score("b", "advanced", null),
                                score("c", "proficient", null)))
                        .level)
                .as("three raters: the middle one")
                .isEqualTo("advanced");
        assertThat(Consensus.lowerMedian(List.of(
                                score("a", "advanced", null),
                                score("b", "proficient", null),
                                score("c", "advanced", null),
                                score("d", "proficient", null)))
                        .level)
                .as("four raters: index (4-1)/2 = 1 from the lowest")
                .isEqualTo("proficient");
    }

    @Test
    void criteriaTakeTheLowerMedianOfTheRatersWhoScoredThem() {
        UUID explains = UUID.randomUUID();
        UUID presents = UUID.randomUUID();
        List<CriterionLevel> result = Consensus.criteria(
                List.of(
                        score(
                                "a",
                                "advanced",
                                null,
                                new CriterionLevel(explains, "advanced"),
                                new CriterionLevel(presents, "developing")),
                        score("b", "proficient", null, new CriterionLevel(explains, "proficient")),
                        score("c", "advanced", null, new CriterionLevel(explains, "advanced"))),
                SCALE);

        assertThat(result)
                .containsExactly(new CriterionLevel(explains, "advanced"), new CriterionLevel(presents, "developing"));
    }

    @Test
    void feedbackJoinsTheRatersLinesInScoringOrder() {
        assertThat(Consensus.feedback(List.of(
                        score("a", "proficient", "Clear tables."),
                        score("b", "proficient", null),
                        score("c", "proficient", "  Label the units. "))))
                .isEqualTo("Clear tables.\nLabel the units.");
        assertThat(Consensus.feedback(List.of(score("a", "proficient", " ")))).isNull();
    }
}
