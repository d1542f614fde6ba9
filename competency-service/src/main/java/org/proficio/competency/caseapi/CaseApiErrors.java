package org.proficio.competency.caseapi;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.proficio.platform.problem.ProblemException;

/**
 * The error responses of the CASE API: an {@link ImsxStatusInfo} body with the matching HTTP status, for the API's own
 * refusals and for what the security layer, the platform or RESTEasy raise on these paths. Unexpected failures are a
 * 500 with a reference id that is logged here, never the exception's type or message.
 */
final class CaseApiErrors {

    private CaseApiErrors() {}

    static Response of(CaseApiException e) {
        return respond(e.status(), e.toStatusInfo());
    }

    static Response unauthorised() {
        return Response.fromResponse(respond(
                        401,
                        ImsxStatusInfo.failure(
                                "A bearer token is required.", "Authorization", ImsxStatusInfo.UNAUTHORISED_REQUEST)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static Response forbidden(String description) {
        return respond(403, ImsxStatusInfo.failure(description, "Authorization", ImsxStatusInfo.FORBIDDEN));
    }

    /** 405 for anything but GET: the CASE 1.0 API is read-only. */
    static Response readOnly() {
        return Response.fromResponse(respond(
                        405,
                        ImsxStatusInfo.failure(
                                "The CASE 1.0 API is read-only: only GET is supported.", "request", minorCodeOf(405))))
                .header(HttpHeaders.ALLOW, "GET")
                .build();
    }

    /** A platform refusal (e.g. a token without a district) in the standard's words. */
    static Response of(ProblemException e) {
        return byStatus(e.status(), e.getMessage(), e);
    }

    /** A RESTEasy refusal (unsupported method, unacceptable media type, ...) in the standard's words. */
    static Response of(WebApplicationException e) {
        return byStatus(e.getResponse().getStatus(), e.getMessage(), e);
    }

    static Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected failure of the CASE API, reference %s", reference);
        return respond(
                500,
                ImsxStatusInfo.failure(
                        "Something went wrong on our side; reference " + reference + ".",
                        "request",
                        ImsxStatusInfo.INTERNAL_SERVER_ERROR));
    }

    private static Response byStatus(int status, String description, Throwable e) {
        return switch (status) {
            case 401 -> unauthorised();
            case 403 -> forbidden(description);
            case 404 -> respond(404, ImsxStatusInfo.failure(description, "sourcedId", ImsxStatusInfo.UNKNOWN_OBJECT));
            default ->
                status >= 500
                        ? unexpected(e)
                        : respond(status, ImsxStatusInfo.failure(description, "request", minorCodeOf(status)));
        };
    }

    /** For refusals the standard has no code for: the reason phrase, e.g. {@code method_not_allowed}. */
    private static String minorCodeOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String phrase = known == null ? "invalid_request" : known.getReasonPhrase();
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_");
    }

    private static Response respond(int status, ImsxStatusInfo info) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(info)
                .build();
    }
}
