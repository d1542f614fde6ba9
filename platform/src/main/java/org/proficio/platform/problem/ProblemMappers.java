package org.proficio.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.vertx.pgclient.PgException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into an RFC 9457 problem+json response. Client mistakes get a 4xx that says
 * what to fix; anything unexpected gets a 500 with a reference id, logged here, and never the exception's type or
 * message.
 */
public class ProblemMappers {

    /** PostgreSQL SQLSTATE classes and codes that are the client's doing, not the server's. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String DATA_EXCEPTION_CLASS = "22";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(new Problem(
                ProblemTypes.uri("validation"),
                "Invalid request",
                Response.Status.BAD_REQUEST.getStatusCode(),
                "The request has " + errors.size() + " invalid field(s).",
                path(uri),
                errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors = List.of(new Problem.FieldError(jsonPath(mapping), "has the wrong type or format"));
        }
        return respond(new Problem(
                ProblemTypes.uri("unreadable-body"),
                "Unreadable request body",
                Response.Status.BAD_REQUEST.getStatusCode(),
                "The body is not JSON of the expected shape.",
                path(uri),
                errors));
    }

    /**
     * Wrong types and formats (a string for a list, an unknown enum constant, a malformed UUID). Quarkus ships a
     * mapper for exactly this subtype that answers plain JSON; being more specific than {@link #unreadableJson}
     * it would win over it, so it is overridden here (same type, higher priority than the built-in's 5100).
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                ProblemException.forbidden("Your role does not allow this.").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        return respond(new Problem(
                ProblemTypes.uri(slug(status)),
                status.getReasonPhrase(),
                status.getStatusCode(),
                e.getMessage(),
                path(uri),
                List.of()));
    }

    @ServerExceptionMapper
    public Response database(PgException e, UriInfo uri) {
        String state = e.getSqlState() == null ? "" : e.getSqlState();
        if (state.equals(UNIQUE_VIOLATION)) {
            return respond(ProblemException.conflict("It already exists.").toProblem(path(uri)));
        }
        if (state.equals(FOREIGN_KEY_VIOLATION)) {
            return respond(ProblemException.unprocessable("It refers to something that does not exist.")
                    .toProblem(path(uri)));
        }
        if (state.startsWith(DATA_EXCEPTION_CLASS)) {
            return respond(ProblemException.badRequest("A value is out of range or too long.")
                    .toProblem(path(uri)));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // A database refusal or a problem wrapped by Mutiny, Hibernate Reactive or Vert.x: answer it as itself.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                return database(pg, uri);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind()
                            == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return respond(ProblemException.conflict("It already exists.").toProblem(path(uri)));
            }
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected failure, reference %s", reference);
        return respond(new Problem(
                ProblemTypes.uri("internal"),
                "Internal error",
                Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(),
                "Something went wrong on our side; reference " + reference + ".",
                path(uri),
                List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The property path without the method and parameter names, e.g. {@code competencies[0].code}, {@code ids[2]}. */
    private static String field(ConstraintViolation<?> violation) {
        long leading = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .takeWhile(n -> n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.PARAMETER)
                .count();
        String[] segments = violation.getPropertyPath().toString().split("\\.");
        String field = Arrays.stream(segments)
                .skip(leading)
                .collect(Collectors.joining("."))
                // a constraint on a list element (List<@NotBlank String>) names it "<list element>": drop that
                .replaceAll("\\.<[a-z ]+>", "");
        return field.isEmpty() ? "body" : field;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z]+", "-");
    }
}
