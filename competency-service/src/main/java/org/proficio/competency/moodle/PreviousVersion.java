package org.proficio.competency.moodle;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What the district's latest version of a framework holds, as much as a re-import needs to tell what changed: a
 * fingerprint and a change time per object, by CASE identifier.
 */
record PreviousVersion(Stamped document, Map<String, Stamped> items, Map<String, Stamped> associations) {

    /** The content of an object as a comparable string, and when it last changed. */
    record Stamped(String fingerprint, OffsetDateTime lastChange) {}
}
