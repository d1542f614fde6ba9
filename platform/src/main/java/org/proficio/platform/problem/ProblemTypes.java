package org.proficio.platform.problem;

/** Problem {@code type} URIs: one per kind of problem, stable so that clients can branch on them. */
public final class ProblemTypes {

    private static final String PREFIX = "urn:proficio:problem:";

    private ProblemTypes() {}

    public static String uri(String slug) {
        return PREFIX + slug;
    }
}
