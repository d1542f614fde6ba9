package org.proficio.progression.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a mastery policy turns a learner's scores on one competency, oldest observation first, into one value on the
 * framework's scale. Each is defined exactly in the module README; values are rounded half up to two decimals at the
 * end, and that rounded value is what is compared with the proficient threshold.
 */
public enum Algorithm {
    /** The score observed last. */
    MOST_RECENT,
    /** The best score so far. */
    HIGHEST,
    /** The arithmetic mean of all scores. */
    MEAN,
    /** latest × w + mean of the earlier scores × (1 − w); the only score itself when there is one. */
    WEIGHTED_AVERAGE,
    /** D1 = s1, Dk = D(k−1) × (1 − w) + sk × w; the value is the last D. */
    DECAYING_AVERAGE,
    /** The mean of the scores at or above proficient, once there are at least n of them; no value before. */
    N_TIMES_PROFICIENT,
    /**
     * score = a × attempt^b fitted by least squares on the logarithms of the positive scores (attempt = position in
     * observation order, 1 first), evaluated at the latest attempt and kept within [0, top of the scale]. Scores of
     * zero have no logarithm and are left out of the fit (their attempt still counts); with fewer than two positive
     * scores there is nothing to fit and the value is the most recent score.
     */
    POWER_LAW;

    /**
     * The value of {@code scores} (oldest observation first, at least one) under this algorithm.
     *
     * @param policy the weight and n where this algorithm uses them
     * @param proficient the scale's proficient threshold (N_TIMES_PROFICIENT)
     * @param top the scale's highest score (POWER_LAW keeps its value at or below it)
     */
    public Calculation calculate(List<BigDecimal> scores, MasteryPolicy policy, BigDecimal proficient, BigDecimal top) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores to calculate from");
        }
        double[] s = scores.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        int n = s.length;
        return switch (this) {
            case MOST_RECENT -> Calculation.of(s[n - 1], "most recent score " + text(s[n - 1]));
            case HIGHEST -> highest(s);
            case MEAN -> mean(s);
            case WEIGHTED_AVERAGE -> weighted(s, policy.weight());
            case DECAYING_AVERAGE -> decaying(s, policy.weight());
            case N_TIMES_PROFICIENT -> timesProficient(s, policy.requiredCount(), proficient.doubleValue());
            case POWER_LAW -> powerLaw(s, top.doubleValue());
        };
    }

    private static Calculation highest(double[] s) {
        double best = s[0];
        for (double x : s) {
            best = Math.max(best, x);
        }
        return Calculation.of(best, "highest of " + list(s) + " = " + text(best));
    }

    private static Calculation mean(double[] s) {
        double sum = 0;
        for (double x : s) {
            sum += x;
        }
        double mean = sum / s.length;
        return Calculation.of(mean, "mean of " + list(s) + " = " + text(sum) + " / " + s.length + " = " + round(mean));
    }

    private static Calculation weighted(double[] s, BigDecimal w) {
        int n = s.length;
        if (n == 1) {
            return Calculation.of(s[0], "only one score, " + text(s[0]));
        }
        double weight = w.doubleValue();
        double earlier = 0;
        for (int i = 0; i < n - 1; i++) {
            earlier += s[i];
        }
        earlier /= n - 1;
        double value = s[n - 1] * weight + earlier * (1 - weight);
        return Calculation.of(
                value,
                "latest " + text(s[n - 1]) + " × " + text(weight) + " + mean of earlier " + list(head(s)) + " "
                        + round(earlier) + " × " + text(1 - weight) + " = " + round(value));
    }

    private static Calculation decaying(double[] s, BigDecimal w) {
        double weight = w.doubleValue();
        double d = s[0];
        StringBuilder steps = new StringBuilder("D1 = " + text(s[0]));
        for (int k = 1; k < s.length; k++) {
            d = d * (1 - weight) + s[k] * weight;
            steps.append("; D")
                    .append(k + 1)
                    .append(" = previous × ")
                    .append(text(1 - weight))
                    .append(" + ")
                    .append(text(s[k]))
                    .append(" × ")
                    .append(text(weight))
                    .append(" = ")
                    .append(round(d));
        }
        return Calculation.of(d, "decaying average: " + steps);
    }

    private static Calculation timesProficient(double[] s, int required, double proficient) {
        List<Double> atOrAbove = new ArrayList<>();
        for (double x : s) {
            if (x >= proficient) {
                atOrAbove.add(x);
            }
        }
        String counted = atOrAbove.size() + " of " + s.length + " scores at or above proficient (" + text(proficient)
                + "), " + required + " needed";
        if (atOrAbove.size() < required) {
            return new Calculation(null, counted + ": no value yet");
        }
        double mean =
                atOrAbove.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return Calculation.of(
                mean,
                counted + "; mean of "
                        + list(atOrAbove.stream()
                                .mapToDouble(Double::doubleValue)
                                .toArray()) + " = " + round(mean));
    }

    private static Calculation powerLaw(double[] s, double top) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < s.length; k++) {
            if (s[k] > 0) {
                points.add(new double[] {Math.log(k + 1), Math.log(s[k])});
            }
        }
        double latest = s[s.length - 1];
        if (points.size() < 2) {
            return Calculation.of(
                    latest,
                    points.size() + " positive " + (points.size() == 1 ? "score" : "scores")
                            + ", too few to fit a power law: most recent score " + text(latest));
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        double b = sxy / sxx;
        double a = Math.exp(my - b * mx);
        double fitted = a * Math.pow(s.length, b);
        double value = Math.max(0, Math.min(top, fitted));
        String kept = value == fitted ? "" : ", kept within 0–" + text(top) + ": " + round(value);
        return Calculation.of(
                value,
                "power law fitted to " + points.size() + " positive scores: score = " + round4(a) + " × attempt^"
                        + round4(b) + "; at attempt " + s.length + ": " + round(fitted) + kept);
    }

    private static double[] head(double[] s) {
        double[] earlier = new double[s.length - 1];
        System.arraycopy(s, 0, earlier, 0, earlier.length);
        return earlier;
    }

    private static String list(double[] s) {
        return java.util.Arrays.stream(s).mapToObj(Algorithm::text).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A score or weight as given: no trailing zeros (3, 0.65, 2.5). */
    static String text(double x) {
        return BigDecimal.valueOf(x)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A computed value as the policy keeps it: two decimals. */
    static String round(double x) {
        return Calculation.rounded(x).toPlainString();
    }

    private static String round4(double x) {
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
