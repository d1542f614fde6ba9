package org.proficio.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.proficio.gateway.routing.Upstream;

/** The outcome of fetching one service's OpenAPI document. */
public sealed interface ServiceDocument {

    Upstream service();

    /** The service answered with a parseable document. */
    record Fetched(Upstream service, ObjectNode document) implements ServiceDocument {}

    /** The service is down, slow or answered something unusable; the merge leaves it out. */
    record Missing(Upstream service, String reason) implements ServiceDocument {}
}
