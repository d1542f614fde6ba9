package org.proficio.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.http.problem.HttpProblem;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). The same shape
 * as the problems the HTTP layer answers itself (http-conventions' {@code HttpProblem}).
 *
 * @param requestId extension member: the request's X-Request-Id, to quote to support and find in the logs
 * @param errors for validation problems, what is wrong with which field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(examples = "urn:proficio:problem:validation")
        String type,

        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,

        @Schema(examples = "The request has 1 invalid field(s).")
        String detail,

        @Schema(description = "The request path", examples = "/api/v1/evidence")
        String instance,

        @Schema(description = "X-Request-Id of the request", examples = "0f8fad5b-d9cb-469f-a165-70867728950e")
        String requestId,

        @Schema(description = "What is wrong with which field or parameter")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = HttpProblem.MEDIA_TYPE;

    /** A problem not tied to one request (a refused item of a batch, answered inside the batch's result). */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, null, errors);
    }

    /** A field of the request that is missing or wrong. */
    public record FieldError(
            @Schema(examples = "competencyId") String field,
            @Schema(examples = "must not be null") String message) {}
}
