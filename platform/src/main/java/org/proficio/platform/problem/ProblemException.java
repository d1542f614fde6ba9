package org.proficio.platform.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A refusal the client can act on; becomes a problem+json response with its status. Services throw it (or fail
 * their Uni with it) instead of building error responses themselves.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), "not-found", "Not found", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Status.FORBIDDEN.getStatusCode(), "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), "conflict", "Conflict", detail, List.of());
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(
                Status.BAD_REQUEST.getStatusCode(), "bad-request", "Bad request", detail, List.of());
    }

    /** 422: the request is well-formed but names things that do not exist or do not fit. */
    public static ProblemException unprocessable(String detail, Problem.FieldError... errors) {
        return new ProblemException(422, "unprocessable", "Unprocessable content", detail, List.of(errors));
    }

    /** 400: one field or parameter of the request is wrong; the problem names it. */
    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** 400: these fields or parameters of the request are wrong; the problem names each. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(
                Status.BAD_REQUEST.getStatusCode(),
                "validation",
                "Invalid request",
                "The request has " + errors.size() + " invalid field(s).",
                errors);
    }

    /** The problem outside a request (a refused item inside a batch's answer). */
    public Problem toProblem(String instance) {
        return toProblem(instance, null);
    }

    public Problem toProblem(String instance, String requestId) {
        return new Problem(ProblemTypes.uri(slug), title, status, getMessage(), instance, requestId, errors);
    }

    public int status() {
        return status;
    }
}
