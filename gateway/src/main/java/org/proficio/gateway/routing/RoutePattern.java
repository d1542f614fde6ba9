package org.proficio.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A path pattern of the route table, written the way docs/conventions.md writes them: literal segments,
 * {@code {name}} for exactly one segment of any value, and a trailing {@code /**} for "this path and everything
 * below it". Matching is on whole segments, so {@code /api/v1/evidence/**} does not match
 * {@code /api/v1/evidencex}.
 */
public record RoutePattern(String pattern, List<String> segments, boolean coversSubPaths) {

    private static final String SUB_PATHS = "**";

    public RoutePattern {
        Objects.requireNonNull(pattern, "pattern");
        segments = List.copyOf(segments);
    }

    /** Parses a pattern such as {@code /api/v1/learners/{learnerId}/progress/**}. */
    public static RoutePattern parse(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("A route pattern starts with '/': " + pattern);
        }
        List<String> segments = splitPath(pattern);
        boolean coversSubPaths =
                !segments.isEmpty() && segments.get(segments.size() - 1).equals(SUB_PATHS);
        List<String> fixed = coversSubPaths ? segments.subList(0, segments.size() - 1) : segments;
        if (fixed.isEmpty() || fixed.contains(SUB_PATHS)) {
            throw new IllegalArgumentException("'**' may only end a pattern with at least one segment: " + pattern);
        }
        return new RoutePattern(pattern, fixed, coversSubPaths);
    }

    /** Whether a (normalized) request path or an OpenAPI path template falls under this pattern. */
    public boolean matches(String path) {
        List<String> pathSegments = splitPath(path);
        if (pathSegments.size() < segments.size() || (!coversSubPaths && pathSegments.size() != segments.size())) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (!isVariable(expected) && !expected.equals(pathSegments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first segment, e.g. {@code api}: the gateway listens below each distinct one. */
    public String firstSegment() {
        return segments.get(0);
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static boolean isVariable(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> splitPath(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
