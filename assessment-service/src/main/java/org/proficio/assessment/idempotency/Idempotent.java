package org.proficio.assessment.idempotency;

import jakarta.ws.rs.core.Response;

/**
 * The result of an operation run under an Idempotency-Key.
 *
 * @param replayed true when the result is the stored one of an earlier request with the same key and body
 */
public record Idempotent<T>(T result, boolean replayed) {

    public static <T> Idempotent<T> fresh(T result) {
        return new Idempotent<>(result, false);
    }

    /** The response, marked with {@code Idempotent-Replayed: true} when it replays an earlier result. */
    public Response build(Response.ResponseBuilder response) {
        return (replayed ? response.header(Idempotency.REPLAYED_HEADER, "true") : response).build();
    }
}
