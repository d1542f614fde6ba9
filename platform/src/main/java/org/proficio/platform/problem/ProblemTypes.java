package org.proficio.platform.problem;

import org.proficio.http.problem.HttpProblem;

/** Problem {@code type} URIs: one per kind of problem, stable so that clients can branch on them. */
public final class ProblemTypes {

    private ProblemTypes() {}

    public static String uri(String slug) {
        return HttpProblem.type(slug);
    }
}
