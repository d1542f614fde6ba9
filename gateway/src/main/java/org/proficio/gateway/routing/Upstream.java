package org.proficio.gateway.routing;

/** The services behind the gateway. Each owns a slice of the public API (see {@link RouteTable}). */
public enum Upstream {
    COMPETENCY("competency-service"),
    ASSESSMENT("assessment-service"),
    PROGRESSION("progression-service"),
    SUPPORT("support-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    /** The module name, as clients and operators know it (used in problem details, logs and metrics). */
    public String serviceName() {
        return serviceName;
    }
}
