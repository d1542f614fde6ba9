package org.proficio.assessment.idempotency;

/**
 * The result of an operation run under an Idempotency-Key.
 *
 * @param replayed true when the result is the stored one of an earlier request with the same key and body
 */
public record Idempotent<T>(T result, boolean replayed) {

    public static <T> Idempotent<T> fresh(T result) {
        return new Idempotent<>(result, false);
    }
}
