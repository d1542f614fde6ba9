package org.proficio.platform.events;

/**
 * The CloudEvents {@code type} of every domain event Proficio exchanges. Each has a JSON Schema at {@code
 * events/<type>.json} and is listed in {@code events/asyncapi.yaml}.
 */
public final class EventTypes {

    public static final String FRAMEWORK_PUBLISHED = "org.proficio.competency.framework-published.v1";
    public static final String FRAMEWORK_RETIRED = "org.proficio.competency.framework-retired.v1";
    public static final String COURSE_DEFINED = "org.proficio.competency.course-defined.v1";
    public static final String PATHWAY_DEFINED = "org.proficio.competency.pathway-defined.v1";
    public static final String EVIDENCE_SUBMITTED = "org.proficio.assessment.evidence-submitted.v1";
    public static final String EVIDENCE_SCORED = "org.proficio.assessment.evidence-scored.v1";
    public static final String MODERATION_REQUIRED = "org.proficio.assessment.moderation-required.v1";
    public static final String READINESS_DENIED = "org.proficio.assessment.readiness-denied.v1";
    public static final String MASTERY_CHANGED = "org.proficio.progression.mastery-changed.v1";
    public static final String LEARNER_STRUGGLING = "org.proficio.progression.learner-struggling.v1";
    public static final String COMPETENCY_MASTERED = "org.proficio.progression.competency-mastered.v1";
    public static final String DECISION_OVERRIDDEN = "org.proficio.progression.decision-overridden.v1";
    public static final String LEARNER_REGISTERED = "org.proficio.progression.learner-registered.v1";
    public static final String TARGETS_UNLOCKED = "org.proficio.progression.targets-unlocked.v1";
    public static final String CREDIT_AWARDED = "org.proficio.progression.credit-awarded.v1";
    public static final String MASTERY_POLICY_CHANGED = "org.proficio.progression.mastery-policy-changed.v1";
    public static final String LEARNER_STALLED = "org.proficio.progression.learner-stalled.v1";
    public static final String GRADUATION_REQUIREMENTS_MET = "org.proficio.progression.graduation-requirements-met.v1";
    public static final String INTERVENTION_OPENED = "org.proficio.support.intervention-opened.v1";
    public static final String INTERVENTION_RESOLVED = "org.proficio.support.intervention-resolved.v1";

    private EventTypes() {}
}
