package org.proficio.competency.caseapi;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.proficio.competency.framework.Framework;

/**
 * Which version of a framework the CASE API serves. All versions of a framework share its CASE identifier (and their
 * items' and associations' identifiers), so one identifier must name one version: the PUBLISHED one (the latest, should
 * there ever be two). Publishing a new version retires the old one, so an identifier keeps resolving across versions.
 * Drafts are never served, and neither are RETIRED versions: a framework retired without a successor has been
 * withdrawn, and the API says so with 404 rather than presenting it as current.
 */
final class ServedVersions {

    private static final Comparator<Framework> PUBLISHED_ORDER = Comparator.comparing(
                    (Framework f) -> Objects.requireNonNullElse(f.publishedAt, OffsetDateTime.MIN))
            .thenComparing(f -> f.createdAt);

    private ServedVersions() {}

    /** The served version among versions of one framework, if any. */
    static Optional<Framework> of(Collection<Framework> versions) {
        return versions.stream()
                .filter(f -> f.status == Framework.Status.PUBLISHED)
                .max(PUBLISHED_ORDER);
    }

    /** The served version of each framework among rows of several, in the order their identifiers first appear. */
    static List<Framework> perFramework(List<Framework> rows) {
        Map<String, List<Framework>> byIdentifier = rows.stream()
                .collect(Collectors.groupingBy(f -> f.identifier, LinkedHashMap::new, Collectors.toList()));
        return byIdentifier.values().stream()
                .map(ServedVersions::of)
                .flatMap(Optional::stream)
                .toList();
    }
}
