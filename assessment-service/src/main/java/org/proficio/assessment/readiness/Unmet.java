package org.proficio.assessment.readiness;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A policy condition the learner does not meet yet.
 *
 * @param detail what is missing, for people, e.g. "1 of 2 formative pieces of evidence on competency ..."
 */
@Schema(name = "UnmetCondition")
public record Unmet(Condition condition, String detail) {}
