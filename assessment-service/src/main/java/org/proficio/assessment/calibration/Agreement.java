package org.proficio.assessment.calibration;

import java.util.Collection;
import java.util.List;

/**
 * How well pairs of raters agree on one ordinal scale of {@code k} levels (ranks 0 = lowest .. k−1), from a k×k table
 * of observed pairs (row = one rater's rank, column = the other's). Plain Java, no framework.
 *
 * <ul>
 *   <li><b>Exact agreement</b>: the percentage (0–100) of pairs with the same rank.
 *   <li><b>Adjacent agreement</b>: the percentage of pairs whose ranks differ by at most one, <em>including</em> the
 *       exact ones, so it is never below exact agreement.
 *   <li><b>Quadratic weighted kappa</b> (Cohen's): with weights w<sub>ij</sub> = (i−j)² / (k−1)², observed counts O,
 *       and expected counts E<sub>ij</sub> = row<sub>i</sub> · column<sub>j</sub> / n from the table's marginals,
 *       κ = 1 − Σ w·O / Σ w·E. 1 is perfect agreement, 0 what chance would give, below 0 worse than chance.
 *   <li>Kappa is <em>undefined</em> (null) when the expected weighted disagreement Σ w·E is 0, i.e. when every rating in
 *       the table is the same level (both raters always used that level: chance alone explains the agreement), when
 *       the scale has fewer than two levels, and when there are no pairs. Percentages are null without pairs.
 * </ul>
 *
 * <p>A pair can be entered in one order ({@link #add}, for a table of one rater against the others) or in both orders
 * ({@link #addBothWays}, for raters who are interchangeable): the table is then symmetric, row and column marginals
 * are equal, and the result does not depend on which rater of a pair came first. Either way the pair counts once in
 * {@link #pairs()} and in the percentages.
 */
public final class Agreement {

    private final int levels;
    private final long[][] observed;
    private long pairs;
    private long exact;
    private long adjacent;

    /** An empty table for a scale of {@code levels} levels. */
    public Agreement(int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("a scale has at least one level, not " + levels);
        }
        this.levels = levels;
        this.observed = new long[levels][levels];
    }

    /** The figures of a table. */
    public record Figures(long pairs, Double exactAgreement, Double adjacentAgreement, Double quadraticWeightedKappa) {}

    public int levels() {
        return levels;
    }

    /** One pair, as row {@code a} (the rater looked at) and column {@code b} (the other rater). */
    public Agreement add(int a, int b) {
        check(a);
        check(b);
        observed[a][b]++;
        count(a, b);
        return this;
    }

    /** One pair of interchangeable raters, entered as (a, b) and (b, a) so that the table stays symmetric. */
    public Agreement addBothWays(int a, int b) {
        check(a);
        check(b);
        observed[a][b]++;
        observed[b][a]++;
        count(a, b);
        return this;
    }

    /** The number of pairs added (a pair entered both ways counts once). */
    public long pairs() {
        return pairs;
    }

    /** Percentage of pairs on the same level; null without pairs. */
    public Double exactAgreement() {
        return pairs == 0 ? null : 100.0 * exact / pairs;
    }

    /** Percentage of pairs at most one level apart, exact ones included; null without pairs. */
    public Double adjacentAgreement() {
        return pairs == 0 ? null : 100.0 * adjacent / pairs;
    }

    /** Cohen's kappa with quadratic weights; null when undefined (see the class comment). */
    public Double quadraticWeightedKappa() {
        if (levels < 2) {
            return null;
        }
        double n = 0;
        double[] rows = new double[levels];
        double[] columns = new double[levels];
        for (int i = 0; i < levels; i++) {
            for (int j = 0; j < levels; j++) {
                n += observed[i][j];
                rows[i] += observed[i][j];
                columns[j] += observed[i][j];
            }
        }
        if (n == 0) {
            return null;
        }
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        double scale = (double) (levels - 1) * (levels - 1);
        for (int i = 0; i < levels; i++) {
            for (int j = 0; j < levels; j++) {
                double weight = (double) (i - j) * (i - j) / scale;
                observedDisagreement += weight * observed[i][j];
                expectedDisagreement += weight * rows[i] * columns[j] / n;
            }
        }
        if (expectedDisagreement == 0) {
            return null;
        }
        return 1 - observedDisagreement / expectedDisagreement;
    }

    public Figures figures() {
        return new Figures(pairs, exactAgreement(), adjacentAgreement(), quadraticWeightedKappa());
    }

    /**
     * The figures of several tables taken together, one per scale size: percentages over all their pairs; kappa only
     * when the pairs all lie on one scale (a kappa across scales of different sizes has no meaning), null otherwise.
     */
    public static Figures combine(Collection<Agreement> tables) {
        List<Agreement> used = tables.stream().filter(t -> t.pairs > 0).toList();
        long pairs = used.stream().mapToLong(t -> t.pairs).sum();
        if (pairs == 0) {
            return new Figures(0, null, null, null);
        }
        long exact = used.stream().mapToLong(t -> t.exact).sum();
        long adjacent = used.stream().mapToLong(t -> t.adjacent).sum();
        Double kappa = used.size() == 1 ? used.get(0).quadraticWeightedKappa() : null;
        return new Figures(pairs, 100.0 * exact / pairs, 100.0 * adjacent / pairs, kappa);
    }

    private void count(int a, int b) {
        pairs++;
        if (a == b) {
            exact++;
        }
        if (Math.abs(a - b) <= 1) {
            adjacent++;
        }
    }

    private void check(int rank) {
        if (rank < 0 || rank >= levels) {
            throw new IllegalArgumentException("rank " + rank + " is not on a scale of " + levels + " levels");
        }
    }
}
