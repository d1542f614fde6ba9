package org.proficio.assessment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact and adjacent agreement and quadratic weighted kappa on tables checked by hand. Plain JUnit. */
class AgreementTest {

    private static final double EPSILON = 1e-6;

    /** Adds {@code count} pairs (a, b) in one order. */
    private static void add(Agreement table, int a, int b, int count) {
        for (int i = 0; i < count; i++) {
            table.add(a, b);
        }
    }

    /**
     * A 3-level scale, 10 pairs. Observed counts O (rows = rater A's rank, columns = rater B's):
     *
     * <pre>
     *            B=0  B=1  B=2 | row
     *   A=0       2    1    0  |  3
     *   A=1       1    3    1  |  5
     *   A=2       0    0    2  |  2
     *   column    3    4    3  | n = 10
     * </pre>
     *
     * Weights w_ij = (i−j)²/(k−1)² = (i−j)²/4: 0 on the diagonal, 0.25 one step off, 1 two steps off.
     *
     * <p>Σ w·O = 0.25·(O01 + O10 + O12 + O21) + 1·(O02 + O20) = 0.25·(1 + 1 + 1 + 0) + 0 = 0.75.
     *
     * <p>Expected E_ij = row_i · column_j / n:
     *
     * <pre>
     *   E = | 0.9  1.2  0.9 |
     *       | 1.5  2.0  1.5 |
     *       | 0.6  0.8  0.6 |
     * </pre>
     *
     * Σ w·E = 0.25·(E01 + E10 + E12 + E21) + 1·(E02 + E20) = 0.25·(1.2 + 1.5 + 1.5 + 0.8) + (0.9 + 0.6)
     * = 1.25 + 1.5 = 2.75.
     *
     * <p>κ = 1 − 0.75 / 2.75 = 1 − 3/11 = 8/11 = 0.727272...
     *
     * <p>Exact: the diagonal, 2 + 3 + 2 = 7 of 10 = 70 %. Adjacent: all but the two-step cells (O02 = O20 = 0), 10 of
     * 10 = 100 %.
     */
    @Test
    void computesKappaExactAndAdjacentOnAHandCheckedTable() {
        Agreement table = new Agreement(3);
        add(table, 0, 0, 2);
        add(table, 0, 1, 1);
        add(table, 1, 0, 1);
        add(table, 1, 1, 3);
        add(table, 1, 2, 1);
        add(table, 2, 2, 2);

        assertThat(table.pairs()).isEqualTo(10);
        assertThat(table.quadraticWeightedKappa()).isCloseTo(8.0 / 11.0, within(EPSILON));
        assertThat(table.exactAgreement()).isCloseTo(70.0, within(EPSILON));
        assertThat(table.adjacentAgreement()).isCloseTo(100.0, within(EPSILON));
    }

    /**
     * Four levels, five pairs of interchangeable raters entered both ways: (2,2), (2,3), (1,2), (0,2), (3,3). The
     * symmetric table has n = 10 entries and the marginals m = (1, 1, 5, 3) on both sides. With w_ij = (i−j)²/9:
     * Σ (i−j)²·O = 2·1 + 2·1 + 2·4 = 12 (cells (2,3),(3,2),(1,2),(2,1),(0,2),(2,0)); Σ (i−j)²·m_i·m_j over all
     * ordered (i, j) = 2·(1·1·1 + 4·1·5 + 9·1·3 + 1·1·5 + 4·1·3 + 1·5·3) = 2·80 = 160; E = m_i·m_j / n, so κ = 1 −
     * (12/9) / (160/(9·10)) = 1 − 120/160 = 0.25. Exact 2 of 5 pairs = 40 %, adjacent (|a−b| ≤ 1, exact included)
     * 4 of 5 = 80 %.
     */
    @Test
    void symmetricTableCountsEachPairOnceButEntersItBothWays() {
        Agreement table = new Agreement(4);
        table.addBothWays(2, 2);
        table.addBothWays(2, 3);
        table.addBothWays(1, 2);
        table.addBothWays(0, 2);
        table.addBothWays(3, 3);

        assertThat(table.pairs()).isEqualTo(5);
        assertThat(table.exactAgreement()).isCloseTo(40.0, within(EPSILON));
        assertThat(table.adjacentAgreement()).isCloseTo(80.0, within(EPSILON));
        assertThat(table.quadraticWeightedKappa()).isCloseTo(0.25, within(EPSILON));

        Agreement reversed = new Agreement(4);
        reversed.addBothWays(2, 2);
        reversed.addBothWays(3, 2);
        reversed.addBothWays(2, 1);
        reversed.addBothWays(2, 0);
        reversed.addBothWays(3, 3);
        assertThat(reversed.quadraticWeightedKappa())
                .as("the order within a pair does not matter")
                .isCloseTo(0.25, within(EPSILON));
    }

    /**
     * The same five pairs in one order (rows (2,2,1,0,3), columns (2,3,2,2,3)): row marginals (1,1,2,1), column
     * marginals (0,0,3,2). Σ (i−j)²·O = 0 + 1 + 1 + 4 + 0 = 6; Σ (i−j)²·row_i·column_j = (4·3 + 9·2) + (1·3 + 4·2) +
     * (0 + 1·2·2) + (1·1·3 + 0) = 30 + 11 + 4 + 3 = 48; κ = 1 − 5·6/48 = 0.375.
     */
    @Test
    void oneOrderTableUsesItsOwnMarginals() {
        Agreement table = new Agreement(4);
        table.add(2, 2);
        table.add(2, 3);
        table.add(1, 2);
        table.add(0, 2);
        table.add(3, 3);

        assertThat(table.quadraticWeightedKappa()).isCloseTo(0.375, within(EPSILON));
    }

    /** Exact and adjacent on a small table: (0,0), (0,1), (1,3), (3,2): exact 1/4, adjacent 3/4 (exact included). */
    @Test
    void adjacentAgreementIncludesExactAgreement() {
        Agreement table = new Agreement(4).add(0, 0).add(0, 1).add(1, 3).add(3, 2);

        assertThat(table.exactAgreement()).isCloseTo(25.0, within(EPSILON));
        assertThat(table.adjacentAgreement()).isCloseTo(75.0, within(EPSILON));
    }

    @Test
    void perfectAgreementOnSeveralLevelsIsKappaOne() {
        Agreement table = new Agreement(4).add(0, 0).add(1, 1).add(3, 3);

        assertThat(table.quadraticWeightedKappa()).isCloseTo(1.0, within(EPSILON));
    }

    /** Every rating the same level: expected disagreement Σ w·E is 0, so kappa is undefined (null), not 1 or NaN. */
    @Test
    void kappaIsUndefinedWhenEveryRatingIsTheSameLevel() {
        Agreement table = new Agreement(4);
        add(table, 2, 2, 5);

        assertThat(table.exactAgreement()).isCloseTo(100.0, within(EPSILON));
        assertThat(table.adjacentAgreement()).isCloseTo(100.0, within(EPSILON));
        assertThat(table.quadraticWeightedKappa()).isNull();
    }

    /** One rater always 0, the other always 2: chance predicts exactly what was seen, κ = 1 − 1 = 0. */
    @Test
    void systematicDisagreementIsKappaZeroNotUndefined() {
        Agreement table = new Agreement(3);
        add(table, 0, 2, 4);

        assertThat(table.quadraticWeightedKappa()).isCloseTo(0.0, within(EPSILON));
        assertThat(table.exactAgreement()).isZero();
    }

    @Test
    void figuresAreNullWithoutPairsOrOnAOneLevelScale() {
        Agreement empty = new Agreement(4);
        assertThat(empty.figures()).isEqualTo(new Agreement.Figures(0, null, null, null));

        Agreement oneLevel = new Agreement(1).add(0, 0);
        assertThat(oneLevel.quadraticWeightedKappa()).isNull();
        assertThat(oneLevel.exactAgreement()).isCloseTo(100.0, within(EPSILON));
    }

    @Test
    void combinesTablesOfDifferentScalesWithoutKappa() {
        Agreement four = new Agreement(4).add(0, 0).add(1, 3);
        Agreement three = new Agreement(3).add(2, 1).add(0, 2);

        Agreement.Figures both = Agreement.combine(List.of(four, three));
        assertThat(both.pairs()).isEqualTo(4);
        assertThat(both.exactAgreement()).isCloseTo(25.0, within(EPSILON));
        assertThat(both.adjacentAgreement()).isCloseTo(50.0, within(EPSILON));
        assertThat(both.quadraticWeightedKappa()).isNull();

        Agreement.Figures one = Agreement.combine(List.of(four, new Agreement(3)));
        assertThat(one.quadraticWeightedKappa()).isEqualTo(four.quadraticWeightedKappa());
    }

    @Test
    void refusesRanksOffTheScale() {
        assertThatThrownBy(() -> new Agreement(4).add(4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Agreement(4).addBothWays(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
