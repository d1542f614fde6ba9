package org.proficio.catalog;

/** How a framework came into the competency-service: written through its API, or imported (CASE, Moodle CSV). */
public enum FrameworkOrigin {
    API,
    CASE,
    MOODLE
}
