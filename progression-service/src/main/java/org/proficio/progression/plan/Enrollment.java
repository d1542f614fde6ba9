package org.proficio.progression.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A learner's enrollment in a course of the catalog, from whichever writer; dates may be null. */
public record Enrollment(String learnerId, UUID courseId, LocalDate startDate, LocalDate targetDate) {}
