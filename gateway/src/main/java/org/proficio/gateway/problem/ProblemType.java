package org.proficio.gateway.problem;

import java.net.URI;

/** The kinds of problem the gateway itself reports (RFC 9457 {@code type} and {@code title}). */
public enum ProblemType {
    AUTHENTICATION_REQUIRED("authentication-required", 401, "Authentication required"),
    ROUTE_NOT_FOUND("route-not-found", 404, "No such API route"),
    TOKEN_ISSUER_UNAVAILABLE("token-issuer-unavailable", 503, "Token issuer unavailable"),
    UPSTREAM_FAILED("upstream-failed", 502, "Service failed"),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", 503, "Service unavailable"),
    UPSTREAM_TIMEOUT("upstream-timeout", 504, "Service timed out");

    /** The same URN scheme as the services' problems (platform's ProblemTypes), so clients branch on one. */
    private static final String TYPE_BASE = "urn:proficio:problem:";

    private final URI type;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.type = URI.create(TYPE_BASE + slug);
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
