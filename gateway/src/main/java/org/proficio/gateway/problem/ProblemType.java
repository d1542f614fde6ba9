package org.proficio.gateway.problem;

/** The kinds of problem the gateway itself reports (RFC 9457 {@code type} slug, status and title). */
public enum ProblemType {
    AUTHENTICATION_REQUIRED("authentication-required", 401, "Authentication required"),
    ROUTE_NOT_FOUND("route-not-found", 404, "No such API route"),
    CORS_REJECTED("cors-rejected", 403, "Origin not allowed"),
    TOKEN_ISSUER_UNAVAILABLE("token-issuer-unavailable", 503, "Token issuer unavailable"),
    UPSTREAM_FAILED("upstream-failed", 502, "Service failed"),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", 503, "Service unavailable"),
    UPSTREAM_TIMEOUT("upstream-timeout", 504, "Service timed out");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
