package org.proficio.assessment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.scoring.Rating;

/** Pairs from N raters per item, and which table each goes to. Plain JUnit. */
class PairsTest {

    private static final UUID ASSESSMENT = UUID.randomUUID();

    private static Rating rating(UUID evidence, UUID competency, String rater, int rank) {
        return new Rating(evidence, competency, ASSESSMENT, rater, rank, 4);
    }

    @Test
    void everyTwoRatersOfAnItemFormAPair() {
        UUID e1 = UUID.randomUUID();
        UUID e2 = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<Rating> ratings = List.of(
                rating(e1, c, "a", 2),
                rating(e1, c, "b", 2),
                rating(e1, c, "c", 3),
                rating(e2, c, "a", 1),
                rating(e2, c, "b", 1),
                // one rater alone on an item forms no pair
                rating(UUID.randomUUID(), c, "a", 0));

        List<Pairs.Pair> pairs = Pairs.of(ratings);

        assertThat(pairs).hasSize(3 + 1);
        Pairs.Tally all = Pairs.symmetric(pairs);
        assertThat(all.items()).isEqualTo(2);
        // (2,2) (2,3) (2,3) (1,1): exact 2 of 4, adjacent 4 of 4
        Agreement.Figures figures = all.figures();
        assertThat(figures.pairs()).isEqualTo(4);
        assertThat(figures.exactAgreement()).isCloseTo(50.0, within(1e-9));
        assertThat(figures.adjacentAgreement()).isCloseTo(100.0, within(1e-9));

        Pairs.Tally c3 = Pairs.againstOthers("c", pairs, p -> true);
        assertThat(c3.items()).isEqualTo(1);
        assertThat(c3.figures().pairs()).isEqualTo(2);
        assertThat(c3.figures().exactAgreement()).isZero();

        Pairs.Tally a = Pairs.againstOthers("a", pairs, p -> true);
        assertThat(a.items()).isEqualTo(2);
        assertThat(a.figures().pairs()).isEqualTo(3);
        assertThat(Pairs.raters(pairs)).containsExactly("a", "b", "c");
    }

    @Test
    void pairsOnScalesOfDifferentSizesKeepPercentagesButNoKappa() {
        UUID c = UUID.randomUUID();
        UUID e1 = UUID.randomUUID();
        UUID e2 = UUID.randomUUID();
        List<Rating> ratings = List.of(
                new Rating(e1, c, ASSESSMENT, "a", 1, 4),
                new Rating(e1, c, ASSESSMENT, "b", 1, 4),
                new Rating(e2, c, ASSESSMENT, "a", 0, 3),
                new Rating(e2, c, ASSESSMENT, "b", 2, 3));

        Agreement.Figures figures = Pairs.symmetric(Pairs.of(ratings)).figures();

        assertThat(figures.pairs()).isEqualTo(2);
        assertThat(figures.exactAgreement()).isCloseTo(50.0, within(1e-9));
        assertThat(figures.quadraticWeightedKappa()).isNull();
    }
}
