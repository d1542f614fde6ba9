package org.proficio.assessment.xapi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import org.proficio.assessment.catalog.ScaledCompetency.Level;
import org.proficio.assessment.xapi.StatementReader.Score;

/**
 * Places an xAPI result on a framework's scale (levels lowest first, each with a numeric score).
 *
 * <p>With a score: the fraction f is {@code result.score.scaled} (a negative one counts as 0), else {@code (raw −
 * min) / (max − min)}; it is laid onto the scale's numeric range, v = lowest score + f × (highest − lowest), and the
 * level is the one whose score is nearest to v (halfway between two levels: the lower one). On the 1..4 scale
 * beginning, developing, proficient, advanced: 0.95 gives v = 3.85, advanced; 0.6 gives 2.8, proficient; 0.5 gives
 * 2.5, halfway, developing. Without a score, {@code result.success} true is the lowest proficient level and false the
 * highest level that is not proficient.
 */
final class ResultLevels {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ResultLevels() {}

    /**
     * Where a result lands.
     *
     * @param level the level, or null when the result carries neither a score nor success (or it cannot be placed)
     * @param note how the level was reached, for the client
     * @param problem why the result cannot be placed on this scale; null when it can
     */
    record Placement(Level level, String note, String problem) {

        boolean judged() {
            return level != null;
        }
    }

    static Placement place(List<Level> scale, Score score, Boolean success) {
        BigDecimal fraction = fraction(score);
        if (fraction != null) {
            Placement byScore = byFraction(scale, fraction, score);
            if (success != null && byScore.judged() && byScore.level().proficient() != success) {
                return new Placement(
                        byScore.level(),
                        byScore.note() + "; result.success is " + success + " but the score places the work "
                                + (byScore.level().proficient() ? "at a proficient level" : "below proficient")
                                + ": the score decides",
                        null);
            }
            return byScore;
        }
        if (success != null) {
            return bySuccess(scale, success);
        }
        return new Placement(null, null, null);
    }

    /** The result's score as a fraction 0..1, or null when it has none that can be placed. */
    static BigDecimal fraction(Score score) {
        if (score == null) {
            return null;
        }
        if (score.scaled() != null) {
            return score.scaled().signum() < 0 ? BigDecimal.ZERO : score.scaled();
        }
        if (score.raw() != null && score.min() != null && score.max() != null) {
            return score.raw()
                    .subtract(score.min())
                    .divide(score.max().subtract(score.min()), PRECISION)
                    .max(BigDecimal.ZERO)
                    .min(BigDecimal.ONE);
        }
        return null;
    }

    private static Placement byFraction(List<Level> scale, BigDecimal fraction, Score score) {
        if (scale.isEmpty()) {
            return new Placement(null, null, "the framework's scale has no levels");
        }
        BigDecimal lowest =
                scale.stream().map(Level::score).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal highest =
                scale.stream().map(Level::score).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal v = lowest.add(fraction.multiply(highest.subtract(lowest), PRECISION), PRECISION);
        Level nearest = scale.get(0);
        BigDecimal distance = nearest.score().subtract(v).abs();
        for (Level level : scale) {
            BigDecimal d = level.score().subtract(v).abs();
            if (d.compareTo(distance) < 0) {
                nearest = level;
                distance = d;
            }
        }
        String source = score.scaled() != null
                ? "result.score.scaled " + plain(score.scaled())
                : "result.score.raw " + plain(score.raw()) + " of " + plain(score.min()) + ".." + plain(score.max());
        return new Placement(
                nearest,
                source + " is " + plain(v) + " on the scale's " + plain(lowest) + ".." + plain(highest)
                        + ": the nearest level is " + nearest.code(),
                null);
    }

    private static Placement bySuccess(List<Level> scale, boolean success) {
        if (success) {
            return scale.stream()
                    .filter(Level::proficient)
                    .findFirst()
                    .map(l -> new Placement(
                            l, "result.success true without a score: the lowest proficient level, " + l.code(), null))
                    .orElse(new Placement(
                            null,
                            null,
                            "result.success is true but the framework's scale has no" + " proficient level"));
        }
        for (int i = scale.size() - 1; i >= 0; i--) {
            Level l = scale.get(i);
            if (!l.proficient()) {
                return new Placement(
                        l,
                        "result.success false without a score: the highest level below proficient, " + l.code(),
                        null);
            }
        }
        return new Placement(
                null, null, "result.success is false but every level of the framework's scale is proficient");
    }

    private static String plain(BigDecimal n) {
        return n.round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
