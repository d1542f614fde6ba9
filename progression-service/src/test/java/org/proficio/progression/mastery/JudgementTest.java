package org.proficio.progression.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.progression.policy.Algorithm;
import org.proficio.progression.policy.MasteryPolicy;

/** A policy's judgement of a learner's scores: statuses, sufficiency, struggling, and order independence. */
class JudgementTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private final List<ScoredEvidence> scores = new ArrayList<>();

    private JudgementTest score(double score, String kind, String modality) {
        scores.add(new ScoredEvidence(
                UUID.randomUUID(),
                BigDecimal.valueOf(score),
                Scale.DEFAULT.levelOf(BigDecimal.valueOf(score)).code(),
                score >= 3,
                kind,
                modality,
                MONDAY.plusDays(scores.size())));
        return this;
    }

    private JudgementTest score(double score) {
        return score(score, "FORMATIVE", "SELECTED_RESPONSE");
    }

    private Judgement judge(MasteryPolicy policy) {
        return Judgement.of(policy, Scale.DEFAULT, scores);
    }

    private static MasteryPolicy policy(Algorithm algorithm, int minEvidence, boolean performance, boolean summative) {
        return new MasteryPolicy(algorithm, null, null, minEvidence, performance, summative, 2);
    }

    @Test
    void noScoresIsNotStarted() {
        Judgement none = judge(MasteryPolicy.BUILT_IN);
        assertThat(none.status()).isEqualTo(MasteryStatus.NOT_STARTED);
        assertThat(none.value()).isNull();
        assertThat(none.explanation()).isEqualTo("Not started: no scored evidence yet.");
    }

    @Test
    void oneProficientScoreMastersUnderTheBuiltInPolicy() {
        Judgement judged = score(3).judge(MasteryPolicy.BUILT_IN);
        assertThat(judged.status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(judged.level().code()).isEqualTo("proficient");
        assertThat(judged.explanation())
                .isEqualTo("Mastered: the most recent score is 3 (Proficient), at or above proficient (3), on 1 piece"
                        + " of evidence.");
    }

    @Test
    void twoScoresBelowProficientInARowAreStruggling() {
        Judgement judged = score(1).score(2).judge(MasteryPolicy.BUILT_IN);
        assertThat(judged.status()).isEqualTo(MasteryStatus.STRUGGLING);
        assertThat(judged.consecutiveBelowProficient()).isEqualTo(2);
        assertThat(judged.explanation())
                .isEqualTo("Struggling: the last 2 scores were below proficient (3); the most recent score is 2"
                        + " (Developing).");
    }

    @Test
    void aProficientScoreBetweenLowOnesEndsTheRun() {
        Judgement judged = score(1).score(3).score(2).judge(MasteryPolicy.BUILT_IN);
        assertThat(judged.status()).isEqualTo(MasteryStatus.IN_PROGRESS);
        assertThat(judged.consecutiveBelowProficient()).isEqualTo(1);
        assertThat(judged.explanation())
                .isEqualTo("In progress: the most recent score is 2 (Developing); proficient starts at 3.");
    }

    @Test
    void aValueAtProficientWithoutThePerformanceAssessmentIsProficientNotMastered() {
        MasteryPolicy policy = policy(Algorithm.DECAYING_AVERAGE, 3, true, false);
        Judgement judged = score(3).score(4).score(3).judge(policy);
        assertThat(judged.status()).isEqualTo(MasteryStatus.PROFICIENT);
        assertThat(judged.explanation())
                .startsWith("Proficient, not yet mastered: the decaying average of 3 scores is 3.23 (Proficient)")
                .endsWith("but mastery also needs a performance assessment (project, presentation, portfolio,"
                        + " research paper, community challenge, observation or performance task).");

        Judgement withProject = score(3, "FORMATIVE", "PROJECT").judge(policy);
        assertThat(withProject.status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(withProject.explanation()).endsWith("on 4 pieces of evidence, including a performance assessment.");
    }

    @Test
    void masteryWaitsForTheMinimumNumberOfPiecesAndASummative() {
        MasteryPolicy policy = policy(Algorithm.HIGHEST, 3, false, true);
        Judgement two = score(4).score(2).judge(policy);
        assertThat(two.status()).isEqualTo(MasteryStatus.PROFICIENT);
        assertThat(two.explanation()).endsWith("needs 3 pieces of evidence (there are 2) and a summative assessment.");

        Judgement three = score(2, "SUMMATIVE", "SELECTED_RESPONSE").judge(policy);
        assertThat(three.status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(three.summativeCount()).isEqualTo(1);
    }

    @Test
    void aLowScoreCanTakeMasteryBackUnderAnAverage() {
        MasteryPolicy mean = policy(Algorithm.MEAN, 1, false, false);
        assertThat(score(3).judge(mean).status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(score(1).judge(mean).status()).isEqualTo(MasteryStatus.IN_PROGRESS);
    }

    @Test
    void nTimesProficientWithoutAValueIsInProgressAndSaysWhy() {
        MasteryPolicy twice = new MasteryPolicy(Algorithm.N_TIMES_PROFICIENT, null, 2, 1, false, false, 3);
        Judgement judged = score(2).score(3).judge(twice);
        assertThat(judged.status()).isEqualTo(MasteryStatus.IN_PROGRESS);
        assertThat(judged.value()).isNull();
        assertThat(judged.explanation())
                .isEqualTo("In progress: 1 of 2 scores at or above proficient (3), 2 needed: no value yet; proficient"
                        + " starts at 3.");
    }

    @Test
    void scoresAreJudgedInObservationOrderWhateverTheirArrival() {
        score(1).score(2).score(4); // observed Monday, Tuesday, Wednesday
        List<ScoredEvidence> arrival = new ArrayList<>(scores);
        Collections.reverse(arrival);
        Judgement inOrder = Judgement.of(MasteryPolicy.BUILT_IN, Scale.DEFAULT, scores);
        Judgement reversed = Judgement.of(MasteryPolicy.BUILT_IN, Scale.DEFAULT, arrival);

        assertThat(reversed).isEqualTo(inOrder);
        assertThat(reversed.status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(reversed.value()).isEqualByComparingTo("4");
    }

    @Test
    void scoresObservedAtTheSameInstantAreOrderedByEvidenceId() {
        UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
        List<ScoredEvidence> same = List.of(
                new ScoredEvidence(second, BigDecimal.valueOf(4), "advanced", true, null, null, MONDAY),
                new ScoredEvidence(first, BigDecimal.ONE, "beginning", false, null, null, MONDAY));
        Judgement judged = Judgement.of(MasteryPolicy.BUILT_IN, Scale.DEFAULT, same);
        assertThat(judged.inputs()).extracting(ScoredEvidence::evidenceId).containsExactly(first, second);
        assertThat(judged.value()).isEqualByComparingTo("4");
    }

    @Test
    void anyShuffleOfTheSameScoresGivesTheSameJudgement() {
        score(2).score(3).score(1).score(4).score(2).score(3, "SUMMATIVE", "PROJECT");
        Random random = new Random(10);
        for (Algorithm algorithm : Algorithm.values()) {
            MasteryPolicy policy = new MasteryPolicy(algorithm, null, null, 2, true, true, 2);
            Judgement expected = Judgement.of(policy, Scale.DEFAULT, scores);
            for (int i = 0; i < 20; i++) {
                List<ScoredEvidence> shuffled = new ArrayList<>(scores);
                Collections.shuffle(shuffled, random);
                assertThat(Judgement.of(policy, Scale.DEFAULT, shuffled))
                        .as(algorithm.name())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void theLevelIsTheHighestTheValueReaches() {
        assertThat(Scale.DEFAULT.levelOf(new BigDecimal("2.99")).code()).isEqualTo("developing");
        assertThat(Scale.DEFAULT.levelOf(new BigDecimal("3.00")).code()).isEqualTo("proficient");
        assertThat(Scale.DEFAULT.levelOf(new BigDecimal("0.50")).code()).isEqualTo("beginning");
        assertThat(Scale.DEFAULT.levelOf(null)).isNull();
    }
}
