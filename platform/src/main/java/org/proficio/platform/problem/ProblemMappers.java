package org.proficio.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.hibernate.JDBCException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.proficio.http.problem.HttpProblem;
import org.proficio.http.requestid.RequestIds;

/**
 * Turns every failure of a request into an RFC 9457 problem+json response with the request's id. Client mistakes
 * get a 4xx that says what to fix; anything unexpected gets a 500 with a reference id, logged here, and never the
 * exception's type or message.
 */
public class ProblemMappers {

    /** PostgreSQL SQLSTATE classes and codes that are the client's doing, not the server's. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final String BEARER_CHALLENGE = "Bearer";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(ProblemException.invalid(errors), uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(JsonProblems.of(e), uri, headers);
    }

    /**
     * Wrong types and formats (a string for a list, an unknown enum constant, a malformed UUID). Quarkus ships a
     * mapper for exactly this subtype that answers plain JSON; being more specific than {@link #unreadableJson}
     * it would win over it, so it is overridden here (same type, higher priority than the built-in's 5100).
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    /** No token, or one that could not be verified (expired, forged, another audience): 401 with the challenge. */
    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Response response = respond(
                new ProblemException(
                        401,
                        "authentication-required",
                        "Authentication required",
                        "Send a valid access token from the Proficio realm as 'Authorization: Bearer <token>'.",
                        List.of()),
                uri,
                headers);
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemException.forbidden("Your role does not allow this."), uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri, headers);
        }
        return respond(
                new ProblemException(
                        status.getStatusCode(),
                        HttpProblem.slugOf(status.getReasonPhrase()),
                        status.getReasonPhrase(),
                        e.getMessage(),
                        List.of()),
                uri,
                headers);
    }

    @ServerExceptionMapper
    public Response database(PgException e, UriInfo uri, HttpHeaders headers) {
        ProblemException problem = fromSqlState(e.getSqlState());
        return problem == null ? unexpected(e, uri, headers) : respond(problem, uri, headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        // A database refusal or a problem wrapped by Mutiny, Hibernate Reactive or Vert.x: answer it as itself.
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return respond(problem, uri, headers);
            }
            ProblemException refusal = null;
            if (cause instanceof PgException pg) {
                refusal = fromSqlState(pg.getSqlState());
            } else if (cause instanceof JDBCException jdbc) {
                refusal = fromSqlState(jdbc.getSQLState());
            }
            if (refusal != null) {
                return respond(refusal, uri, headers);
            }
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected failure, reference %s", reference);
        return respond(
                new ProblemException(
                        Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(),
                        "internal",
                        "Internal error",
                        "Something went wrong on our side; reference " + reference + ".",
                        List.of()),
                uri,
                headers);
    }

    /** The client's doing, by SQLSTATE: a duplicate, a dangling reference, a value out of range; else null. */
    private static ProblemException fromSqlState(String sqlState) {
        String state = sqlState == null ? "" : sqlState;
        if (state.equals(UNIQUE_VIOLATION)) {
            return ProblemException.conflict("It already exists.");
        }
        if (state.equals(FOREIGN_KEY_VIOLATION)) {
            return ProblemException.unprocessable("It refers to something that does not exist.");
        }
        if (state.startsWith(DATA_EXCEPTION_CLASS)) {
            return ProblemException.badRequest("A value is out of range, too long or not valid text.");
        }
        return null;
    }

    private static Response respond(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Problem problem = e.toProblem(
                uri == null ? null : uri.getPath(),
                headers == null ? null : headers.getHeaderString(RequestIds.HEADER));
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
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
}
