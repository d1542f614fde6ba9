package org.proficio.gateway.openapi;

import io.vertx.core.buffer.Buffer;

/**
 * One merged document, rendered once in both formats it is served in.
 *
 * @param builtAtNanos {@link System#nanoTime()} when it was built, for the refresh interval
 */
public record MergedOpenApi(Buffer json, Buffer yaml, long builtAtNanos) {}
