package org.proficio.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem detail answered by the gateway itself. {@code requestId} is an extension member, so a
 * client can quote it to support and it can be found in the gateway's logs.
 */
public record Problem(ProblemType kind, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public int status() {
        return kind.status();
    }

    public Buffer toBuffer() {
        JsonObject json = new JsonObject()
                .put("type", kind.type().toString())
                .put("title", kind.title())
                .put("status", kind.status())
                .put("detail", detail)
                .put("instance", instance);
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json.toBuffer();
    }
}
