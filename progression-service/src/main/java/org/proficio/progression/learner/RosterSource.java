package org.proficio.progression.learner;

/** Which writer last set a roster row: the REST API, a OneRoster import, or evidence naming an unknown learner. */
public enum RosterSource {
    API,
    ONEROSTER,
    /** Registered because evidence named her; flagged for the district to confirm. */
    EVIDENCE
}
