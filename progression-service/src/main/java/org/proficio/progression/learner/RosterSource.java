package org.proficio.progression.learner;

/** Which writer last set a roster row: the REST API or a OneRoster import. */
public enum RosterSource {
    API,
    ONEROSTER
}
