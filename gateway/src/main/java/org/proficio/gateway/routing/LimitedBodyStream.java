package org.proficio.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed through to a service, failed once it grows past its route's limit. A body with a
 * Content-Length is refused before it is read (http-conventions' RequestLimits); this covers chunked bodies, whose
 * size only shows while they stream.
 */
final class LimitedBodyStream implements ReadStream<Buffer> {

    /** The body passed the limit; the exchange is answered 413. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("request body over its route's limit", null, false, false);
        }
    }

    private final ReadStream<Buffer> body;
    private final long maxBytes;
    private long seen;
    private boolean failed;
    private Handler<Throwable> exceptionHandler;

    LimitedBodyStream(ReadStream<Buffer> body, long maxBytes) {
        this.body = body;
        this.maxBytes = maxBytes;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            body.handler(null);
            return this;
        }
        body.handler(chunk -> {
            if (failed) {
                return;
            }
            seen += chunk.length();
            if (seen > maxBytes) {
                failed = true;
                body.handler(null);
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge());
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        body.endHandler(end -> {
            if (!failed && handler != null) {
                handler.handle(end);
            }
        });
        return this;
    }
}
