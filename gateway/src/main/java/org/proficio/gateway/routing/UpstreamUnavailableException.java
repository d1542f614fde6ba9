package org.proficio.gateway.routing;

/** No connection to a service could be made (refused, unresolvable, connect timeout, pool exhausted). */
class UpstreamUnavailableException extends RuntimeException {

    UpstreamUnavailableException(Upstream upstream, Throwable cause) {
        // Stack traces of refused connections say nothing the message doesn't; skip filling them.
        super(upstream.serviceName() + " is unreachable: " + cause.getMessage(), cause, false, false);
    }
}
