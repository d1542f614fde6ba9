package org.proficio.competency.framework;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code org.proficio.competency.framework-retired.v1}: the framework is no longer offered; learners' history
 * under it stays valid. {@code supersededBy} names the version that replaced it, if any.
 */
public record FrameworkRetired(UUID frameworkId, String identifier, OffsetDateTime retiredAt, UUID supersededBy) {}
