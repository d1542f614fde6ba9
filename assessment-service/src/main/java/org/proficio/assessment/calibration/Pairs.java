package org.proficio.assessment.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.proficio.assessment.scoring.Rating;

/**
 * Forms rater pairs from ratings and tallies them into {@link Agreement} tables (one per scale size). An item is one
 * competency of one piece of evidence; with N raters on an item, every two of them form a pair (N·(N−1)/2 pairs).
 * Plain Java, no framework.
 */
final class Pairs {

    private Pairs() {}

    /** One pair of ratings of the same item. */
    record Pair(Rating a, Rating b) {

        /** The scale both ratings are on: the larger, should the scale have changed between them. */
        int levels() {
            return Math.max(a.scaleLevels(), b.scaleLevels());
        }

        boolean involves(String rater) {
            return a.rater().equals(rater) || b.rater().equals(rater);
        }

        /** The rating of the other rater of a pair that involves {@code rater}. */
        Rating other(String rater) {
            return a.rater().equals(rater) ? b : a;
        }

        Rating own(String rater) {
            return a.rater().equals(rater) ? a : b;
        }
    }

    /** Tables by scale size, and the items the pairs came from. */
    static final class Tally {
        final Map<Integer, Agreement> tables = new TreeMap<>();
        final Set<List<UUID>> items = new HashSet<>();

        Agreement table(int levels) {
            return tables.computeIfAbsent(levels, Agreement::new);
        }

        Agreement.Figures figures() {
            return Agreement.combine(tables.values());
        }

        long items() {
            return items.size();
        }
    }

    /** Every pair of ratings on the same item, item after item in the order given. */
    static List<Pair> of(List<Rating> ratings) {
        Map<List<UUID>, List<Rating>> byItem = new LinkedHashMap<>();
        for (Rating r : ratings) {
            byItem.computeIfAbsent(item(r), k -> new ArrayList<>()).add(r);
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Rating> item : byItem.values()) {
            for (int i = 0; i < item.size(); i++) {
                for (int j = i + 1; j < item.size(); j++) {
                    if (!item.get(i).rater().equals(item.get(j).rater())) {
                        pairs.add(new Pair(item.get(i), item.get(j)));
                    }
                }
            }
        }
        return pairs;
    }

    /** Interchangeable raters: each unordered pair entered both ways (symmetric tables). */
    static Tally symmetric(List<Pair> pairs) {
        Tally tally = new Tally();
        for (Pair p : pairs) {
            tally.table(p.levels()).addBothWays(p.a().rank(), p.b().rank());
            tally.items.add(item(p.a()));
        }
        return tally;
    }

    /** One rater (rows) against each other rater on the same items (columns), the pairs that involve the rater. */
    static Tally againstOthers(String rater, List<Pair> pairs, Predicate<Pair> filter) {
        Tally tally = new Tally();
        for (Pair p : pairs) {
            if (p.involves(rater) && filter.test(p)) {
                tally.table(p.levels()).add(p.own(rater).rank(), p.other(rater).rank());
                tally.items.add(item(p.a()));
            }
        }
        return tally;
    }

    /** The raters of the pairs, sorted by name. */
    static List<String> raters(List<Pair> pairs) {
        return pairs.stream()
                .flatMap(p -> Stream.of(p.a().rater(), p.b().rater()))
                .distinct()
                .sorted()
                .toList();
    }

    /** The assessments of the pairs, in the order first seen (nulls left out). */
    static List<UUID> assessments(List<Pair> pairs) {
        return pairs.stream()
                .map(p -> p.a().assessmentId())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static List<UUID> item(Rating r) {
        return List.of(r.evidenceId(), r.competencyId());
    }
}
