package org.proficio.progression.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.proficio.progression.mastery.MasteryRule.Decision;

/** The mastery rule on its own: no database, no Kafka. */
class MasteryRuleTest {

    private final MasteryRule rule = new MasteryRule(2, 1);

    @Test
    void firstScoreBelowProficientPutsLearnerInProgress() {
        Decision d = rule.apply(Standing.NONE, "developing", false);

        assertThat(d.after()).isEqualTo(new Standing(MasteryStatus.IN_PROGRESS, 1, 0, 1));
        assertThat(d.statusChanged()).isTrue();
        assertThat(d.enteredStruggling()).isFalse();
        assertThat(d.reason()).contains("below proficient").contains("developing");
    }

    @Test
    void secondConsecutiveScoreBelowProficientMeansStruggling() {
        Decision first = rule.apply(Standing.NONE, "beginning", false);
        Decision second = rule.apply(first.after(), "developing", false);

        assertThat(second.after()).isEqualTo(new Standing(MasteryStatus.STRUGGLING, 2, 0, 2));
        assertThat(second.enteredStruggling()).isTrue();
        assertThat(second.reason()).startsWith("2 consecutive scores below proficient");
    }

    @Test
    void entersStrugglingOnlyOnce() {
        Standing struggling = new Standing(MasteryStatus.STRUGGLING, 2, 0, 2);

        Decision third = rule.apply(struggling, "beginning", false);

        assertThat(third.after().status()).isEqualTo(MasteryStatus.STRUGGLING);
        assertThat(third.after().consecutiveNonProficient()).isEqualTo(3);
        assertThat(third.statusChanged()).isFalse();
        assertThat(third.enteredStruggling()).isFalse();
        assertThat(third.reason()).startsWith("Still struggling");
    }

    @Test
    void proficientScoreAfterStrugglingMasters() {
        Standing struggling = new Standing(MasteryStatus.STRUGGLING, 2, 0, 2);

        Decision d = rule.apply(struggling, "proficient", true);

        assertThat(d.after()).isEqualTo(new Standing(MasteryStatus.MASTERED, 3, 1, 0));
        assertThat(d.enteredMastered()).isTrue();
        assertThat(d.reason()).startsWith("Mastered: 1 piece of proficient evidence (1 required)");
    }

    @Test
    void firstEvidenceProficientMastersDirectlyWithDefaultThreshold() {
        Decision d = rule.apply(Standing.NONE, "advanced", true);

        assertThat(d.before().status()).isEqualTo(MasteryStatus.NOT_STARTED);
        assertThat(d.after().status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(d.enteredMastered()).isTrue();
    }

    @Test
    void masteryStaysAfterLaterLowScores() {
        Standing mastered = new Standing(MasteryStatus.MASTERED, 1, 1, 0);

        Decision low = rule.apply(mastered, "beginning", false);
        Decision lower = rule.apply(low.after(), "beginning", false);

        assertThat(lower.after().status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(lower.after().consecutiveNonProficient()).isEqualTo(2);
        assertThat(low.statusChanged()).isFalse();
        assertThat(lower.enteredStruggling()).isFalse();
        assertThat(lower.reason()).contains("mastery stays");
    }

    @Test
    void masteredAgainIsNoNewMastery() {
        Decision d = rule.apply(new Standing(MasteryStatus.MASTERED, 1, 1, 0), "advanced", true);

        assertThat(d.statusChanged()).isFalse();
        assertThat(d.enteredMastered()).isFalse();
        assertThat(d.after().proficientCount()).isEqualTo(2);
    }

    @Test
    void proficientScoreResetsTheConsecutiveCount() {
        Decision low = rule.apply(Standing.NONE, "developing", false);
        Decision high = new MasteryRule(2, 3).apply(low.after(), "proficient", true);
        Decision lowAgain = rule.apply(high.after(), "developing", false);

        assertThat(high.after().consecutiveNonProficient()).isZero();
        assertThat(lowAgain.after().status()).isEqualTo(MasteryStatus.IN_PROGRESS);
        assertThat(lowAgain.after().consecutiveNonProficient()).isEqualTo(1);
    }

    @Test
    void needsAsManyProficientPiecesAsConfigured() {
        MasteryRule strict = new MasteryRule(2, 2);

        Decision one = strict.apply(Standing.NONE, "proficient", true);
        Decision two = strict.apply(one.after(), "advanced", true);

        assertThat(one.after().status()).isEqualTo(MasteryStatus.IN_PROGRESS);
        assertThat(one.reason()).contains("1 of 2 proficient pieces");
        assertThat(two.after().status()).isEqualTo(MasteryStatus.MASTERED);
        assertThat(two.enteredMastered()).isTrue();
    }

    @Test
    void proficientScoreShortOfMasteryEndsStruggling() {
        MasteryRule strict = new MasteryRule(2, 2);

        Decision d = strict.apply(new Standing(MasteryStatus.STRUGGLING, 2, 0, 2), "proficient", true);

        assertThat(d.after().status()).isEqualTo(MasteryStatus.IN_PROGRESS);
        assertThat(d.statusChanged()).isTrue();
        assertThat(d.reason()).contains("no longer struggling");
    }

    @Test
    void strugglingThresholdOfOneStrugglesOnTheFirstLowScore() {
        Decision d = new MasteryRule(1, 1).apply(Standing.NONE, "beginning", false);

        assertThat(d.before().status()).isEqualTo(MasteryStatus.NOT_STARTED);
        assertThat(d.after().status()).isEqualTo(MasteryStatus.STRUGGLING);
        assertThat(d.enteredStruggling()).isTrue();
        assertThat(d.reason()).startsWith("1 consecutive score below proficient");
    }

    @Test
    void strugglingAgainAfterRecoveringIsANewEpisode() {
        MasteryRule strict = new MasteryRule(2, 2);
        Standing recovered = strict.apply(new Standing(MasteryStatus.STRUGGLING, 2, 0, 2), "proficient", true)
                .after();

        Decision low = strict.apply(recovered, "developing", false);
        Decision lowAgain = strict.apply(low.after(), "developing", false);

        assertThat(lowAgain.enteredStruggling()).isTrue();
    }

    @Test
    void refusesThresholdsBelowOne() {
        assertThatThrownBy(() -> new MasteryRule(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MasteryRule(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
