package org.proficio.progression.mastery;

import java.util.UUID;

/** One learner on one competency (of a framework) in a district: what a standing and its decisions are about. */
public record Subject(String district, String learnerId, UUID competencyId, UUID frameworkId) {}
